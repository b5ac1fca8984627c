using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A plugin folder on this machine.</summary>
public sealed class LocalPluginSource : PluginSource
{
    /// <summary>The plugin folder (absolute).</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
