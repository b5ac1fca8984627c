using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/installed</c>.</summary>
public sealed class PluginInstalledResponse
{
    /// <summary>Marketplaces with their installed plugins.</summary>
    [JsonPropertyName("marketplaces")]
    public required IReadOnlyList<PluginMarketplaceEntry> Marketplaces { get; init; }

    /// <summary>Marketplaces that could not be read.</summary>
    [JsonPropertyName("marketplaceLoadErrors")]
    public IReadOnlyList<MarketplaceLoadErrorInfo> MarketplaceLoadErrors { get; init; } = [];
}
