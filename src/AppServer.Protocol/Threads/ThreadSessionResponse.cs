using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>What <c>thread/start</c>, <c>thread/resume</c> and <c>thread/fork</c> return: the thread and its effective settings.</summary>
public abstract class ThreadSessionResponse
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }

    /// <summary>Effective model.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Effective model provider.</summary>
    [JsonPropertyName("modelProvider")]
    public required string ModelProvider { get; init; }

    /// <summary>Effective service tier.</summary>
    [JsonPropertyName("serviceTier")]
    public string? ServiceTier { get; init; }

    /// <summary>Disabled plugin ids.</summary>
    [JsonPropertyName("disabledPluginIds")]
    public IReadOnlyList<string> DisabledPluginIds { get; init; } = [];

    /// <summary>Effective working directory.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>Thread-scoped runtime workspace roots (the cwd here).</summary>
    [JsonPropertyName("runtimeWorkspaceRoots")]
    [ExperimentalApi("thread.runtimeWorkspaceRoots")]
    public IReadOnlyList<string> RuntimeWorkspaceRoots { get; init; } = [];

    /// <summary>Instruction files loaded for the thread.</summary>
    [JsonPropertyName("instructionSources")]
    public IReadOnlyList<string> InstructionSources { get; init; } = [];

    /// <summary>Effective approval policy.</summary>
    [JsonPropertyName("approvalPolicy")]
    public required AskForApproval ApprovalPolicy { get; init; }

    /// <summary>Effective approval reviewer.</summary>
    [JsonPropertyName("approvalsReviewer")]
    public required ApprovalsReviewer ApprovalsReviewer { get; init; }

    /// <summary>Effective sandbox policy.</summary>
    [JsonPropertyName("sandbox")]
    public required Sandbox.SandboxPolicy Sandbox { get; init; }

    /// <summary>The built-in profile that produced the active permissions.</summary>
    [JsonPropertyName("activePermissionProfile")]
    [ExperimentalApi("thread.activePermissionProfile")]
    public ActivePermissionProfile? ActivePermissionProfile { get; init; }

    /// <summary>Deprecated; always <c>explicitRequestOnly</c>.</summary>
    [JsonPropertyName("multiAgentMode")]
    [ExperimentalApi("thread.multiAgentMode")]
    public string MultiAgentMode { get; init; } = "explicitRequestOnly";

    /// <summary>Effective reasoning effort.</summary>
    [JsonPropertyName("reasoningEffort")]
    public string? ReasoningEffort { get; init; }
}
