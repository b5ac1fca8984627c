using System.Text.Json.Serialization;
using System.Text.Json.Nodes;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/fork</c>.</summary>
public sealed class ThreadForkParams
{
    /// <summary>Thread to fork.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Model override.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Model provider override.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }

    /// <summary>Service tier override.</summary>
    [JsonPropertyName("serviceTier")]
    public string? ServiceTier { get; init; }

    /// <summary>Working directory.</summary>
    [JsonPropertyName("cwd")]
    public string? Cwd { get; init; }

    /// <summary>Approval policy override.</summary>
    [JsonPropertyName("approvalPolicy")]
    public AskForApproval? ApprovalPolicy { get; init; }

    /// <summary>Approval reviewer override.</summary>
    [JsonPropertyName("approvalsReviewer")]
    public ApprovalsReviewer? ApprovalsReviewer { get; init; }

    /// <summary>Sandbox mode override.</summary>
    [JsonPropertyName("sandbox")]
    public SandboxMode? Sandbox { get; init; }

    /// <summary>Config overrides (dotted keys).</summary>
    [JsonPropertyName("config")]
    public JsonObject? Config { get; init; }

    /// <summary>Replaces the base instructions.</summary>
    [JsonPropertyName("baseInstructions")]
    public string? BaseInstructions { get; init; }

    /// <summary>Extra developer instructions.</summary>
    [JsonPropertyName("developerInstructions")]
    public string? DeveloperInstructions { get; init; }

    /// <summary>When true the fork is never written to disk.</summary>
    [JsonPropertyName("ephemeral")]
    public bool? Ephemeral { get; init; }

    /// <summary>When true, <c>thread.turns</c> is left empty.</summary>
    [JsonPropertyName("excludeTurns")]
    public bool? ExcludeTurns { get; init; }

    /// <summary>Fork through this turn (inclusive).</summary>
    [JsonPropertyName("lastTurnId")]
    public string? LastTurnId { get; init; }

    /// <summary>Analytics source classification.</summary>
    [JsonPropertyName("threadSource")]
    public string? ThreadSource { get; init; }
}
