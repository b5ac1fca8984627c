using System.Text.Json.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Threads;

/// <summary>The first <c>thread/turns/list</c> page to include in a <c>thread/resume</c> response.</summary>
public sealed class ThreadResumeInitialTurnsPageParams
{
    /// <summary>How much item detail each turn carries; default <c>summary</c>.</summary>
    [JsonPropertyName("itemsView")]
    public TurnItemsView? ItemsView { get; init; }

    /// <summary>Page size.</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Direction; default descending (newest first).</summary>
    [JsonPropertyName("sortDirection")]
    public SortDirection? SortDirection { get; init; }
}
