using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/share/checkout</c>.</summary>
public sealed class PluginShareCheckoutResponse
{
    /// <summary>Remote plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }

    /// <summary>Local plugin id.</summary>
    [JsonPropertyName("pluginId")]
    public required string PluginId { get; init; }

    /// <summary>Plugin name.</summary>
    [JsonPropertyName("pluginName")]
    public required string PluginName { get; init; }

    /// <summary>Local plugin folder.</summary>
    [JsonPropertyName("pluginPath")]
    public required string PluginPath { get; init; }

    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }

    /// <summary>Marketplace file.</summary>
    [JsonPropertyName("marketplacePath")]
    public required string MarketplacePath { get; init; }

    /// <summary>Remote version.</summary>
    [JsonPropertyName("remoteVersion")]
    public string? RemoteVersion { get; init; }
}
