using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>Params of <c>experimentalFeature/list</c>.</summary>
public sealed class ExperimentalFeatureListParams
{
    /// <summary>Opaque cursor from a previous page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size (default: everything).</summary>
    [JsonPropertyName("limit")]
    public uint? Limit { get; init; }

    /// <summary>A loaded thread whose config decides enablement.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
