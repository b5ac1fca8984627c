using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>One entry of <c>fs/readDirectory</c>.</summary>
public sealed class FsReadDirectoryEntry
{
    /// <summary>The child's name (not a path).</summary>
    [JsonPropertyName("fileName")]
    public required string FileName { get; init; }

    /// <summary>Whether the entry resolves to a directory.</summary>
    [JsonPropertyName("isDirectory")]
    public required bool IsDirectory { get; init; }

    /// <summary>Whether the entry resolves to a regular file.</summary>
    [JsonPropertyName("isFile")]
    public required bool IsFile { get; init; }
}
