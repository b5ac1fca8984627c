using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/uninstall</c>.</summary>
public sealed class PluginUninstallParams
{
    /// <summary><c>name@marketplace</c>.</summary>
    [JsonPropertyName("pluginId")]
    public required string PluginId { get; init; }
}
