using System.Text.Json.Serialization;
using System.Text.Json;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/items/list</c>.</summary>
public sealed class ThreadItemsListParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Only items of this turn.</summary>
    [JsonPropertyName("turnId")]
    public string? TurnId { get; init; }

    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    [WireShape("untagged ThreadItemsListCursor(string|map)?")]
    public JsonElement? Cursor { get; init; }

    /// <summary>Page size.</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Direction (default asc).</summary>
    [JsonPropertyName("sortDirection")]
    public SortDirection? SortDirection { get; init; }

    /// <summary>Output deferral (ignored: outputs are inline).</summary>
    [JsonPropertyName("deferOutput")]
    [WireShape("struct ThreadItemOutputDeferral?")]
    public JsonElement? DeferOutput { get; init; }
}
