using System.Text.Json.Serialization;
using System.Text.Json;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Threads;

/// <summary>A conversation: metadata, status and (optionally) its turns.</summary>
public sealed class Thread
{
    /// <summary>UUIDv7 thread id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Environments of a loaded thread, primary first; null when not loaded.</summary>
    [JsonPropertyName("environments")]
    [ExperimentalApi("thread.environments")]
    public IReadOnlyList<ThreadEnvironment>? Environments { get; init; }

    /// <summary>Implementation-specific thread data (none: always null).</summary>
    [JsonPropertyName("extra")]
    [ExperimentalApi("thread.extra")]
    public JsonElement? Extra { get; init; }

    /// <summary>Session id (equal to the thread id).</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>Source thread when this one was forked.</summary>
    [JsonPropertyName("forkedFromId")]
    public string? ForkedFromId { get; init; }

    /// <summary>Parent that owns this attached thread (no attached threads here: always null).</summary>
    [JsonPropertyName("attachedToThreadId")]
    [ExperimentalApi("thread.attachedToThreadId")]
    public string? AttachedToThreadId { get; init; }

    /// <summary>Parent thread of a sub-agent.</summary>
    [JsonPropertyName("parentThreadId")]
    public string? ParentThreadId { get; init; }

    /// <summary>First user message, or empty.</summary>
    [JsonPropertyName("preview")]
    public required string Preview { get; init; }

    /// <summary>True when the thread is never written to disk.</summary>
    [JsonPropertyName("ephemeral")]
    public required bool Ephemeral { get; init; }

    /// <summary>Thread section (not supported: always null).</summary>
    [JsonPropertyName("section")]
    public JsonElement? Section { get; init; }

    /// <summary>When the thread entered its section.</summary>
    [JsonPropertyName("sectionEnteredAt")]
    public long? SectionEnteredAt { get; init; }

    /// <summary>Project assignment (none: always null).</summary>
    [JsonPropertyName("projectId")]
    public string? ProjectId { get; init; }

    /// <summary>History contract.</summary>
    [JsonPropertyName("historyMode")]
    public ThreadHistoryMode HistoryMode { get; init; } = ThreadHistoryMode.Paginated;

    /// <summary>Model provider id.</summary>
    [JsonPropertyName("modelProvider")]
    public required string ModelProvider { get; init; }

    /// <summary>Current or last persisted model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Current or last persisted reasoning effort.</summary>
    [JsonPropertyName("reasoningEffort")]
    public string? ReasoningEffort { get; init; }

    /// <summary>Creation time (unix seconds).</summary>
    [JsonPropertyName("createdAt")]
    public required long CreatedAt { get; init; }

    /// <summary>Last update (unix seconds).</summary>
    [JsonPropertyName("updatedAt")]
    public required long UpdatedAt { get; init; }

    /// <summary>Recency ordering time (unix seconds).</summary>
    [JsonPropertyName("recencyAt")]
    public long? RecencyAt { get; init; }

    /// <summary>Runtime status.</summary>
    [JsonPropertyName("status")]
    public required ThreadStatus Status { get; init; }

    /// <summary>[UNSTABLE] Where the thread is stored; null for ephemeral threads.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Working directory.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>Version of the server that created the thread.</summary>
    [JsonPropertyName("cliVersion")]
    public required string CliVersion { get; init; }

    /// <summary>Client that created the thread.</summary>
    [JsonPropertyName("originator")]
    public string? Originator { get; init; }

    /// <summary>Session source, e.g. <c>vscode</c>.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>Whether a loaded thread accepts direct turn input; null when not loaded.</summary>
    [JsonPropertyName("canAcceptDirectInput")]
    [ExperimentalApi("thread.canAcceptDirectInput")]
    public bool? CanAcceptDirectInput { get; init; }

    /// <summary>Client-supplied analytics source.</summary>
    [JsonPropertyName("threadSource")]
    public string? ThreadSource { get; init; }

    /// <summary>Sub-agent nickname.</summary>
    [JsonPropertyName("agentNickname")]
    public string? AgentNickname { get; init; }

    /// <summary>Sub-agent role.</summary>
    [JsonPropertyName("agentRole")]
    public string? AgentRole { get; init; }

    /// <summary>Git metadata, when the cwd is a repository.</summary>
    [JsonPropertyName("gitInfo")]
    public GitInfo? GitInfo { get; init; }

    /// <summary>User-facing name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Saved Daybreak choice (never set here: always null).</summary>
    [JsonPropertyName("daybreakEnabled")]
    [ExperimentalApi("thread.daybreakEnabled")]
    public bool? DaybreakEnabled { get; init; }

    /// <summary>Turns (only populated by reads that ask for them).</summary>
    [JsonPropertyName("turns")]
    public required IReadOnlyList<Turn> Turns { get; init; }
}
