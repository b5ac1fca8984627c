using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/items/list</c>.</summary>
public sealed class ThreadItemsListResponse
{
    /// <summary>Items of this page.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<ThreadItemEntry> Data { get; init; }

    /// <summary>Cursor of the next page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }

    /// <summary>Cursor to page back.</summary>
    [JsonPropertyName("backwardsCursor")]
    public string? BackwardsCursor { get; init; }
}
