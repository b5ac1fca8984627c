using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/loaded/list</c>.</summary>
public sealed class ThreadLoadedListParams
{
    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size (default: no limit).</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }
}
