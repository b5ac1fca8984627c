namespace AppServer.Storage.Threads;

/// <summary>
/// A partial update of a thread row. A null member means "leave unchanged"; members that can be
/// cleared are wrapped in <see cref="Change{T}"/> so "set to null" is distinct from "unchanged".
/// </summary>
public sealed record ThreadPatch
{
    public Change<string?>? Name { get; init; }

    /// <summary>Replaces the preview only while it is still empty (the first user message wins).</summary>
    public string? PreviewIfEmpty { get; init; }

    public bool? Archived { get; init; }

    public string? Model { get; init; }

    public string? ModelProvider { get; init; }

    public Change<string?>? ReasoningEffort { get; init; }

    public string? Cwd { get; init; }

    public Change<string?>? GitSha { get; init; }

    public Change<string?>? GitBranch { get; init; }

    public Change<string?>? GitOriginUrl { get; init; }

    public string? SettingsJson { get; init; }

    /// <summary>Replaces the stored token usage (see <see cref="ThreadRecord.TokenUsageJson"/>).</summary>
    public string? TokenUsageJson { get; init; }

    /// <summary>When set, <c>updated_at</c> becomes this value (unix ms); otherwise it is left alone.</summary>
    public long? TouchedAtMs { get; init; }
}

/// <summary>A new value for a field that may also be cleared.</summary>
/// <param name="Value">The new value; null clears the field.</param>
public sealed record Change<T>(T Value);
