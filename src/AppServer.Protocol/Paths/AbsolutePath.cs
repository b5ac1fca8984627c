using System.Text.Json.Serialization;

namespace AppServer.Protocol.Paths;

/// <summary>
/// An absolute, lexically normalized path (the reference's <c>AbsolutePathBuf</c>). Relative paths are
/// rejected while reading params, with the reference's message.
/// </summary>
[JsonConverter(typeof(AbsolutePathJsonConverter))]
public sealed record AbsolutePath
{
    private AbsolutePath(string value) => Value = value;

    /// <summary>The normalized absolute path.</summary>
    public string Value { get; }

    /// <summary>Parses <paramref name="path"/>; returns <c>null</c> when it is not absolute.</summary>
    public static AbsolutePath? TryCreate(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return null;
        }

        // GetFullPath only folds "." and ".." lexically on Unix; it never touches the disk.
        var full = Path.GetFullPath(path);
        var trimmed = full.Length > 1 ? full.TrimEnd(Path.DirectorySeparatorChar) : full;
        return new AbsolutePath(trimmed.Length == 0 ? full : trimmed);
    }

    /// <summary>The path as a string.</summary>
    public override string ToString() => Value;
}
