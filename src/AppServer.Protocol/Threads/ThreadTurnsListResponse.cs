using System.Text.Json.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/turns/list</c>.</summary>
public sealed class ThreadTurnsListResponse
{
    /// <summary>Turns of this page.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<Turn> Data { get; init; }

    /// <summary>Cursor of the next page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }

    /// <summary>Cursor to page back.</summary>
    [JsonPropertyName("backwardsCursor")]
    public string? BackwardsCursor { get; init; }
}
