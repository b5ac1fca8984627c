using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/loaded/list</c>.</summary>
public sealed class ThreadLoadedListResponse
{
    /// <summary>Ids of the loaded threads.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<string> Data { get; init; }

    /// <summary>Cursor of the next page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
