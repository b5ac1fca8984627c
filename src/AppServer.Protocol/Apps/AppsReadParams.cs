using System.Text.Json.Serialization;

namespace AppServer.Protocol.Apps;

/// <summary>Params of <c>app/read</c>.</summary>
public sealed class AppsReadParams
{
    /// <summary>App ids to read (at most 100, deduplicated in order).</summary>
    [JsonPropertyName("appIds")]
    public required IReadOnlyList<string> AppIds { get; init; }

    /// <summary>Include tool summaries.</summary>
    [JsonPropertyName("includeTools")]
    public bool IncludeTools { get; init; }

    /// <summary>Evaluate configuration from this thread.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
