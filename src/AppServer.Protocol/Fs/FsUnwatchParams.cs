using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/unwatch</c>.</summary>
public sealed class FsUnwatchParams
{
    /// <summary>The id given to <c>fs/watch</c>.</summary>
    [JsonPropertyName("watchId")]
    public required string WatchId { get; init; }
}
