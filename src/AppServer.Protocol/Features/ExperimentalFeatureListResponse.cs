using System.Text.Json.Serialization;

namespace AppServer.Protocol.Features;

/// <summary>Result of <c>experimentalFeature/list</c>.</summary>
public sealed class ExperimentalFeatureListResponse
{
    /// <summary>The features of this page.</summary>
    [JsonPropertyName("data")]
    public required List<ExperimentalFeatureInfo> Data { get; init; }

    /// <summary>Cursor for the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
