using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Result of <c>fs/readDirectory</c>.</summary>
public sealed class FsReadDirectoryResponse
{
    /// <summary>Direct children of the directory.</summary>
    [JsonPropertyName("entries")]
    public required IReadOnlyList<FsReadDirectoryEntry> Entries { get; init; }
}
