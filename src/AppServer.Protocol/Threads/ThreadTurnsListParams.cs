using System.Text.Json.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/turns/list</c>.</summary>
public sealed class ThreadTurnsListParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size.</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Direction (default desc).</summary>
    [JsonPropertyName("sortDirection")]
    public SortDirection? SortDirection { get; init; }

    /// <summary>Item detail per turn (default summary).</summary>
    [JsonPropertyName("itemsView")]
    public TurnItemsView? ItemsView { get; init; }
}
