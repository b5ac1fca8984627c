using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A plugin published as an npm package.</summary>
public sealed class NpmPluginSource : PluginSource
{
    /// <summary>Package name.</summary>
    [JsonPropertyName("package")]
    public required string Package { get; init; }

    /// <summary>HTTPS registry URL.</summary>
    [JsonPropertyName("registry")]
    public string? Registry { get; init; }

    /// <summary>Version or range.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }
}
