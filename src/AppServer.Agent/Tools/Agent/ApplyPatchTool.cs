using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// <c>apply_patch</c>: a freeform (custom, lark grammar) tool for OpenAI's GPT-5/Codex models, which are trained
/// on it, and a JSON function taking <c>{input}</c> for every other model.
/// </summary>
public sealed class ApplyPatchTool(PatchRunner runner) : IAgentTool
{
    /// <summary>The grammar the reference sends with the freeform tool.</summary>
    public const string LarkGrammar = """
        start: begin_patch hunk+ end_patch
        begin_patch: "*** Begin Patch" LF
        end_patch: "*** End Patch" LF?

        hunk: add_hunk | delete_hunk | update_hunk
        add_hunk: "*** Add File: " filename LF add_line+
        delete_hunk: "*** Delete File: " filename LF
        update_hunk: "*** Update File: " filename LF change_move? change?

        filename: /(.+)/
        add_line: "+" /(.*)/ LF -> line

        change_move: "*** Move to: " filename LF
        change: (change_context | change_line)+ eof_line?
        change_context: ("@@" | "@@ " /(.+)/) LF
        change_line: ("+" | "-" | " ") /(.*)/ LF
        eof_line: "*** End of File" LF

        %import common.LF
        """;

    private const string JsonDescription = """
        Use the `apply_patch` tool to edit files. Pass the whole patch as `input`:
        *** Begin Patch
        *** Add File: <path>          (then every line prefixed with +)
        *** Delete File: <path>
        *** Update File: <path>       (optionally *** Move to: <new path>; then @@ [context] sections with ' ', '-', '+' lines)
        *** End Patch
        Paths may be relative to the working directory or absolute.
        """;

    public string Name => "apply_patch";

    public string SpecJson => FreeformSpec;

    private static readonly string FreeformSpec = new JsonObject
    {
        ["type"] = "custom",
        ["name"] = "apply_patch",
        ["description"] = "The `apply_patch` tool can be used to edit files. This is a FREEFORM tool, so do not wrap the patch in JSON.",
        ["format"] = new JsonObject { ["type"] = "grammar", ["syntax"] = "lark", ["definition"] = LarkGrammar },
    }.ToJsonString();

    private static readonly string FunctionSpec = new JsonObject
    {
        ["type"] = "function",
        ["name"] = "apply_patch",
        ["description"] = JsonDescription,
        ["strict"] = false,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["input"] = new JsonObject { ["type"] = "string", ["description"] = "The entire contents of the apply_patch command" } },
            ["required"] = new JsonArray("input"),
            ["additionalProperties"] = false,
        },
    }.ToJsonString();

    /// <summary>True for the OpenAI catalog models that take the freeform tool.</summary>
    public static bool UsesFreeform(string model) =>
        model.StartsWith("gpt-5", StringComparison.Ordinal) || model.StartsWith("codex", StringComparison.Ordinal) || model.Contains("-codex", StringComparison.Ordinal);

    public string? SpecFor(ToolTurnSettings settings) => UsesFreeform(settings.Model) ? FreeformSpec : FunctionSpec;

    public async Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        string patch;
        if (call.Custom)
        {
            patch = call.Payload;
        }
        else
        {
            try
            {
                using var doc = JsonDocument.Parse(call.Payload);
                patch = doc.RootElement.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.String
                    ? input.GetString()!
                    : throw new JsonException("missing field `input`");
            }
            catch (JsonException e)
            {
                return ToolResult.Text($"failed to parse function arguments: {e.Message}");
            }
        }

        return ToolResult.Text(await runner.RunAsync(call.CallId, patch, context.Settings.Cwd, context, cancellationToken).ConfigureAwait(false));
    }
}
