using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>One layer in <c>config/read</c> (the schema's <c>ConfigLayer</c>).</summary>
public sealed class ConfigLayerInfo
{
    /// <summary>Where the layer comes from.</summary>
    [JsonPropertyName("name")]
    public required ConfigLayerSource Name { get; init; }

    /// <summary>The layer's version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>The layer's raw values.</summary>
    [JsonPropertyName("config")]
    public required JsonObject Config { get; init; }

    /// <summary>Why the layer is ignored (untrusted project, broken file); omitted when it is used.</summary>
    [JsonPropertyName("disabledReason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisabledReason { get; init; }
}
