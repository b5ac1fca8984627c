using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Fs;

/// <summary>Params of <c>fs/watch</c>.</summary>
public sealed class FsWatchParams
{
    /// <summary>Connection-scoped watch id used by <c>fs/unwatch</c> and <c>fs/changed</c>.</summary>
    [JsonPropertyName("watchId")]
    public required string WatchId { get; init; }

    /// <summary>Absolute file or directory path to watch.</summary>
    [JsonPropertyName("path")]
    public required AbsolutePath Path { get; init; }
}
