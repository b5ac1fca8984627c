using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Result of <c>config/read</c>.</summary>
public sealed class ConfigReadResponse
{
    /// <summary>The effective config: every known key (null when unset) plus any unknown keys.</summary>
    [JsonPropertyName("config")]
    public required JsonObject Config { get; init; }

    /// <summary>Dotted key → the layer that set it.</summary>
    [JsonPropertyName("origins")]
    public required Dictionary<string, ConfigLayerMetadata> Origins { get; init; }

    /// <summary>The layers, highest precedence first, when <c>includeLayers</c> was set.</summary>
    [JsonPropertyName("layers")]
    public List<ConfigLayerInfo>? Layers { get; init; }
}
