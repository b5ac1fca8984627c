using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Result of <c>fs/watch</c>.</summary>
public sealed class FsWatchResponse
{
    /// <summary>Canonical path of the watch.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
