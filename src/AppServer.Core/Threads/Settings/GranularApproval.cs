using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Core.Threads.Settings;

/// <summary>
/// The granular policy's switches: which kinds of prompt may reach the user (a disabled kind is rejected
/// instead of asked). Only <see cref="SandboxApproval"/> and <see cref="Rules"/> gate prompts this server can
/// raise; the other three are kept and echoed so clients see the policy they set.
/// </summary>
/// <param name="SandboxApproval">Commands needing to leave the sandbox (escalation, dangerous commands, patches outside the roots) may be asked about.</param>
/// <param name="Rules">Exec-policy <c>prompt</c> rules may ask.</param>
/// <param name="SkillApproval">Skill scripts may ask (schema default false).</param>
/// <param name="RequestPermissions">The model may request extra permissions (schema default false).</param>
/// <param name="McpElicitations">MCP servers may ask the user.</param>
public sealed record GranularApproval(bool SandboxApproval = true, bool Rules = true, bool SkillApproval = true, bool RequestPermissions = true, bool McpElicitations = true)
{
    /// <summary>
    /// Reads the policy JSON <c>{"granular":{"sandbox_approval":…}}</c> (or the inner object); null when the JSON
    /// is not a granular policy. Missing switches take the schema defaults (the wire converter has already
    /// refused bodies without the required ones).
    /// </summary>
    public static GranularApproval? FromPolicyJson(string? json)
    {
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (node is not JsonObject outer)
        {
            return null;
        }

        var body = outer["granular"] as JsonObject ?? outer;
        bool Flag(string name, bool fallback) => body[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;
        return new GranularApproval(
            Flag("sandbox_approval", true),
            Flag("rules", true),
            Flag("skill_approval", false),
            Flag("request_permissions", false),
            Flag("mcp_elicitations", true));
    }

    /// <summary>The wire form with every switch, in the reference's field order.</summary>
    public string ToPolicyJson() => new JsonObject
    {
        ["granular"] = new JsonObject
        {
            ["sandbox_approval"] = SandboxApproval,
            ["rules"] = Rules,
            ["skill_approval"] = SkillApproval,
            ["request_permissions"] = RequestPermissions,
            ["mcp_elicitations"] = McpElicitations,
        },
    }.ToJsonString();

    /// <summary>How the reference names this policy in messages to the model (Rust's debug form).</summary>
    public string DebugName() =>
        $"Granular(GranularApprovalConfig {{ sandbox_approval: {Lower(SandboxApproval)}, rules: {Lower(Rules)}, skill_approval: {Lower(SkillApproval)}, request_permissions: {Lower(RequestPermissions)}, mcp_elicitations: {Lower(McpElicitations)} }})";

    private static string Lower(bool value) => value ? "true" : "false";
}
