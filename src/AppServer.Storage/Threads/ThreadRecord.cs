namespace AppServer.Storage.Threads;

/// <summary>
/// One thread as stored: its metadata and the settings it was started with. Timestamps are unix
/// milliseconds. Mutable fields are changed through <see cref="IThreadStore.UpdateThread"/>.
/// </summary>
public sealed record ThreadRecord
{
    /// <summary>UUIDv7 thread id (also the session id).</summary>
    public required string Id { get; init; }

    /// <summary>The thread this one was forked from, if any.</summary>
    public string? ForkedFromId { get; init; }

    public required long CreatedAtMs { get; init; }

    public required long UpdatedAtMs { get; init; }

    /// <summary>User-facing name (<c>thread/name/set</c>), or null.</summary>
    public string? Name { get; init; }

    /// <summary>First real user message, or empty.</summary>
    public string Preview { get; init; } = "";

    /// <summary>
    /// True once the thread has at least one turn. Like the reference, <c>thread/list</c> only shows
    /// materialized threads.
    /// </summary>
    public bool Materialized { get; init; }

    public bool Archived { get; init; }

    public long? ArchivedAtMs { get; init; }

    public required string Cwd { get; init; }

    public required string ModelProvider { get; init; }

    public string? Model { get; init; }

    public string? ReasoningEffort { get; init; }

    /// <summary>Session source kind, e.g. <c>vscode</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Client name that created the thread.</summary>
    public string? Originator { get; init; }

    public required string CliVersion { get; init; }

    public string? GitSha { get; init; }

    public string? GitBranch { get; init; }

    public string? GitOriginUrl { get; init; }

    /// <summary>
    /// The thread's own settings (approval policy, sandbox, instructions, …) as a JSON object; the core
    /// owns its shape. Stored so a resume starts from what the thread was using.
    /// </summary>
    public string SettingsJson { get; init; } = "{}";

    /// <summary>
    /// The thread's token usage so far (cumulative total, the last request, and the turn it belongs to) as
    /// JSON owned by the turn engine; null before the first model response. Kept so totals survive a restart.
    /// </summary>
    public string? TokenUsageJson { get; init; }
}
