using System.Text.Json.Serialization;
using System.Text.Json.Nodes;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/list</c>.</summary>
public sealed class ThreadListResponse
{
    /// <summary>Threads of this page.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<Thread> Data { get; init; }

    /// <summary>Per-thread read state (none tracked: empty).</summary>
    [JsonPropertyName("readStates")]
    public JsonObject ReadStates { get; init; } = new();

    /// <summary>Cursor of the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }

    /// <summary>Cursor to page back with the opposite direction.</summary>
    [JsonPropertyName("backwardsCursor")]
    public string? BackwardsCursor { get; init; }
}
