using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Result of <c>model/list</c>.</summary>
public sealed class ModelListResponse
{
    /// <summary>The models of this page.</summary>
    [JsonPropertyName("data")]
    public required List<ModelInfo> Data { get; init; }

    /// <summary>Cursor for the next page; null on the last page.</summary>
    [JsonPropertyName("nextCursor")]
    public string? NextCursor { get; init; }
}
