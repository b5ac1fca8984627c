using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Names a layer and its version (<c>sha256:...</c>).</summary>
public sealed class ConfigLayerMetadata
{
    /// <summary>Where the layer comes from.</summary>
    [JsonPropertyName("name")]
    public required ConfigLayerSource Name { get; init; }

    /// <summary>The layer's version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }
}
