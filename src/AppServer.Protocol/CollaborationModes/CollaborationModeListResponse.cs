using System.Text.Json.Serialization;

namespace AppServer.Protocol.CollaborationModes;

/// <summary>EXPERIMENTAL - collaboration mode presets response.</summary>
public sealed class CollaborationModeListResponse
{
    /// <summary>The presets, in display order.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<CollaborationModeMask> Data { get; init; }
}
