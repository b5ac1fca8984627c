using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Result of <c>fs/getMetadata</c>.</summary>
public sealed class FsGetMetadataResponse
{
    /// <summary>Whether the path resolves to a directory.</summary>
    [JsonPropertyName("isDirectory")]
    public required bool IsDirectory { get; init; }

    /// <summary>Whether the path resolves to a regular file.</summary>
    [JsonPropertyName("isFile")]
    public required bool IsFile { get; init; }

    /// <summary>Whether the path itself is a symbolic link.</summary>
    [JsonPropertyName("isSymlink")]
    public required bool IsSymlink { get; init; }

    /// <summary>Creation time in Unix milliseconds, or 0 when unavailable.</summary>
    [JsonPropertyName("createdAtMs")]
    public required long CreatedAtMs { get; init; }

    /// <summary>Modification time in Unix milliseconds, or 0 when unavailable.</summary>
    [JsonPropertyName("modifiedAtMs")]
    public required long ModifiedAtMs { get; init; }
}
