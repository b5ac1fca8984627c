using AppServer.Storage.Threads;

namespace AppServer.Core.Threads.Queries;

/// <summary>
/// A thread's metadata as the front door shows it (timestamps in unix milliseconds). A snapshot: later
/// changes to the thread are not reflected.
/// </summary>
public sealed record ThreadInfo
{
    /// <summary>UUIDv7 thread id (also the session id).</summary>
    public required string Id { get; init; }

    /// <summary>The thread this one was forked from, if any.</summary>
    public string? ForkedFromId { get; init; }

    public required long CreatedAtMs { get; init; }

    public required long UpdatedAtMs { get; init; }

    /// <summary>User-facing name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>First real user message, or empty.</summary>
    public required string Preview { get; init; }

    public required bool Archived { get; init; }

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

    /// <summary>The loaded thread's current metadata.</summary>
    public static ThreadInfo Of(ThreadSession thread) => From(thread.Record);

    internal static ThreadInfo From(ThreadRecord record) => new()
    {
        Id = record.Id,
        ForkedFromId = record.ForkedFromId,
        CreatedAtMs = record.CreatedAtMs,
        UpdatedAtMs = record.UpdatedAtMs,
        Name = record.Name,
        Preview = record.Preview,
        Archived = record.Archived,
        Cwd = record.Cwd,
        ModelProvider = record.ModelProvider,
        Model = record.Model,
        ReasoningEffort = record.ReasoningEffort,
        Source = record.Source,
        Originator = record.Originator,
        CliVersion = record.CliVersion,
        GitSha = record.GitSha,
        GitBranch = record.GitBranch,
        GitOriginUrl = record.GitOriginUrl,
    };
}
