using System.Text.Json.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Threads;

/// <summary>A page of turns, as <c>thread/turns/list</c> returns it.</summary>
public sealed class TurnsPage
{
    /// <summary>The turns of this page.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<Turn> Data { get; init; }

    /// <summary>Cursor of the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }

    /// <summary>Cursor to page back with the opposite direction.</summary>
    [JsonPropertyName("backwardsCursor")]
    public string? BackwardsCursor { get; init; }
}
