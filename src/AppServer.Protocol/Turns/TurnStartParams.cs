using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Items;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Params of <c>turn/start</c>. Overrides persist for later turns, except <see cref="OutputSchema"/>.</summary>
public sealed class TurnStartParams
{
    /// <summary>The thread to run the turn on.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The user's input.</summary>
    [JsonPropertyName("input")]
    public required IReadOnlyList<UserInput> Input { get; init; }

    /// <summary>Client-side id of the user message, echoed as the item's <c>clientId</c>.</summary>
    [JsonPropertyName("clientUserMessageId")]
    public string? ClientUserMessageId { get; init; }

    /// <summary>Working directory for this and later turns.</summary>
    [JsonPropertyName("cwd")]
    [OsString]
    public string? Cwd { get; init; }

    /// <summary>Model for this and later turns.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Reasoning effort for this and later turns.</summary>
    [JsonPropertyName("effort")]
    public string? Effort { get; init; }

    /// <summary>Reasoning summary mode for this and later turns.</summary>
    [JsonPropertyName("summary")]
    public ReasoningSummary? Summary { get; init; }

    /// <summary>Approval policy for this and later turns.</summary>
    [JsonPropertyName("approvalPolicy")]
    public AskForApproval? ApprovalPolicy { get; init; }

    /// <summary>Where approval requests go (<c>user</c>, ...).</summary>
    [JsonPropertyName("approvalsReviewer")]
    public string? ApprovalsReviewer { get; init; }

    /// <summary>Sandbox policy for this and later turns.</summary>
    [JsonPropertyName("sandboxPolicy")]
    public Sandbox.SandboxPolicy? SandboxPolicy { get; init; }

    /// <summary>Deprecated personality selector.</summary>
    [JsonPropertyName("personality")]
    public Personality? Personality { get; init; }

    /// <summary>JSON Schema constraining the final assistant message of this turn only.</summary>
    [JsonPropertyName("outputSchema")]
    [WireShape("any")]
    public JsonElement? OutputSchema { get; init; }

    /// <summary>Service tier for this and later turns.</summary>
    [JsonPropertyName("serviceTier")]
    public string? ServiceTier { get; init; }

    /// <summary>Service tier for this turn only.</summary>
    [JsonPropertyName("serviceTierForTurn")]
    public string? ServiceTierForTurn { get; init; }

    /// <summary>The turn that caused this one.</summary>
    [JsonPropertyName("parentTurnId")]
    public string? ParentTurnId { get; init; }

    /// <summary>The first turn of the chain of work.</summary>
    [JsonPropertyName("rootTurnId")]
    public string? RootTurnId { get; init; }

    /// <summary>Source classification of the caller.</summary>
    [JsonPropertyName("turnTrigger")]
    public string? TurnTrigger { get; init; }

    /// <summary>Replacement list of disabled plugin ids.</summary>
    [JsonPropertyName("disabledPluginIds")]
    public IReadOnlyList<string>? DisabledPluginIds { get; init; }

    /// <summary>A tool output to deliver with the turn.</summary>
    [JsonPropertyName("toolOutput")]
    [WireShape("struct TurnToolOutput?")]
    public JsonElement? ToolOutput { get; init; }

    /// <summary>Client-provided context fragments (experimental).</summary>
    [JsonPropertyName("additionalContext")]
    [ExperimentalApi("turn/start.additionalContext")]
    [WireShape("{struct AdditionalContextEntry}?")]
    public JsonElement? AdditionalContext { get; init; }

    /// <summary>Collaboration mode preset (experimental).</summary>
    [JsonPropertyName("collaborationMode")]
    [ExperimentalApi("turn/start.collaborationMode")]
    [WireShape("struct CollaborationMode?")]
    public JsonElement? CollaborationMode { get; init; }

    /// <summary>Cyber access program (experimental).</summary>
    [JsonPropertyName("cyberAccessProgram")]
    [ExperimentalApi("turn/start.cyberAccessProgram")]
    [WireShape("enum CyberAccessProgram(standard|daybreakBlue|daybreakRed)?")]
    public JsonElement? CyberAccessProgram { get; init; }

    /// <summary>Turn environments (experimental).</summary>
    [JsonPropertyName("environments")]
    [ExperimentalApi("turn/start.environments")]
    [WireShape("[struct TurnEnvironmentParams]?")]
    public JsonElement? Environments { get; init; }

    /// <summary>Multi-agent mode (experimental).</summary>
    [JsonPropertyName("multiAgentMode")]
    [ExperimentalApi("turn/start.multiAgentMode")]
    [WireShape("enum MultiAgentMode(explicitRequestOnly|proactive|custom)?")]
    public JsonElement? MultiAgentMode { get; init; }

    /// <summary>Permission profile selection (experimental).</summary>
    [JsonPropertyName("permissions")]
    [ExperimentalApi("turn/start.permissions")]
    [WireShape("string?")]
    public JsonElement? Permissions { get; init; }

    /// <summary>Responses API turn metadata replacement (experimental).</summary>
    [JsonPropertyName("responsesapiClientMetadata")]
    [ExperimentalApi("turn/start.responsesapiClientMetadata")]
    [WireShape("{string}?")]
    public JsonElement? ResponsesapiClientMetadata { get; init; }

    /// <summary>Responses API turn metadata patch (experimental).</summary>
    [JsonPropertyName("responsesapiClientMetadataPatch")]
    [ExperimentalApi("turn/start.responsesapiClientMetadataPatch")]
    [WireShape("{string}?")]
    public JsonElement? ResponsesapiClientMetadataPatch { get; init; }

    /// <summary>Runtime workspace roots (experimental).</summary>
    [JsonPropertyName("runtimeWorkspaceRoots")]
    [ExperimentalApi("turn/start.runtimeWorkspaceRoots")]
    [WireShape("[abspath]?")]
    public JsonElement? RuntimeWorkspaceRoots { get; init; }
}
