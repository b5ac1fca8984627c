namespace AppServer.Core.Threads.Settings;

/// <summary>
/// A thread's working directory: an absolute path, checked when it is made. The text is kept exactly as
/// resolved (no trailing-separator trimming), because clients see it back in responses.
/// </summary>
public sealed record WorkingDirectory
{
    private WorkingDirectory(string value) => Value = value;

    /// <summary>The absolute path.</summary>
    public string Value { get; }

    /// <summary>An absolute path as it is.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not absolute.</exception>
    public static WorkingDirectory Parse(string path)
        => TryParse(path) ?? throw new ArgumentException($"not an absolute path: {path}", nameof(path));

    /// <summary>An absolute path as it is, or null when <paramref name="path"/> is null or relative.</summary>
    public static WorkingDirectory? TryParse(string? path) => path is not null && Path.IsPathFullyQualified(path) ? new WorkingDirectory(path) : null;

    /// <summary><paramref name="path"/> made absolute against <paramref name="basePath"/> (an absolute path stays as given, lexically normalized).</summary>
    public static WorkingDirectory Resolve(string path, string basePath) => new(Path.GetFullPath(path, basePath));

    /// <summary>The path as a string.</summary>
    public override string ToString() => Value;
}
