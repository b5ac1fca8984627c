using System.Text.Json.Serialization;

namespace AppServer.Protocol.Fs;

/// <summary><c>fs/changed</c>: paths under a watch changed.</summary>
public sealed class FsChangedNotification
{
    /// <summary>The id given to <c>fs/watch</c>.</summary>
    [JsonPropertyName("watchId")]
    public required string WatchId { get; init; }

    /// <summary>Absolute paths that changed.</summary>
    [JsonPropertyName("changedPaths")]
    public required IReadOnlyList<string> ChangedPaths { get; init; }
}
