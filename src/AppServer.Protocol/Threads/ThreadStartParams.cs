using System.Text.Json.Serialization;
using System.Text.Json.Nodes;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/start</c>.</summary>
public sealed class ThreadStartParams
{
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

    /// <summary>When true the thread is never written to disk.</summary>
    [JsonPropertyName("ephemeral")]
    public bool? Ephemeral { get; init; }

    /// <summary>Deprecated.</summary>
    [JsonPropertyName("personality")]
    public Personality? Personality { get; init; }

    /// <summary>Service name for analytics.</summary>
    [JsonPropertyName("serviceName")]
    public string? ServiceName { get; init; }

    /// <summary>Why the thread was started.</summary>
    [JsonPropertyName("sessionStartSource")]
    public ThreadStartSource? SessionStartSource { get; init; }

    /// <summary>Analytics source classification.</summary>
    [JsonPropertyName("threadSource")]
    public string? ThreadSource { get; init; }
}
