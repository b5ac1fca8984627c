using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/list</c>.</summary>
public sealed class ThreadListResponse
{
    /// <summary>Threads of this page.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<Thread> Data { get; init; }

    /// <summary>Read receipts of this page's threads that have durable history, keyed by thread id.</summary>
    [JsonPropertyName("readStates")]
    [ExperimentalApi("thread/list.readStates")]
    public IReadOnlyDictionary<string, ReadState.ThreadReadState>? ReadStates { get; init; }

    /// <summary>Cursor of the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }

    /// <summary>Cursor to page back with the opposite direction.</summary>
    [JsonPropertyName("backwardsCursor")]
    public string? BackwardsCursor { get; init; }
}
