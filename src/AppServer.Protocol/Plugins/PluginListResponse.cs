using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/list</c>.</summary>
public sealed class PluginListResponse
{
    /// <summary>Marketplaces and their plugins.</summary>
    [JsonPropertyName("marketplaces")]
    public required IReadOnlyList<PluginMarketplaceEntry> Marketplaces { get; init; }

    /// <summary>Marketplaces that could not be read.</summary>
    [JsonPropertyName("marketplaceLoadErrors")]
    public IReadOnlyList<MarketplaceLoadErrorInfo> MarketplaceLoadErrors { get; init; } = [];

    /// <summary>Featured plugin ids (remote catalog only).</summary>
    [JsonPropertyName("featuredPluginIds")]
    public IReadOnlyList<string> FeaturedPluginIds { get; init; } = [];
}
