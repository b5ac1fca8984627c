using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>Params of <c>app/list</c>.</summary>
public sealed class AppsListParams
{
    /// <summary>Opaque pagination cursor.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Bypass caches.</summary>
    [JsonPropertyName("forceRefetch")]
    public bool ForceRefetch { get; init; }

    /// <summary>Page size.</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>Evaluate feature gating from this thread's config.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
