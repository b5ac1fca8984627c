using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A marketplace and its plugins.</summary>
public sealed class PluginMarketplaceEntry
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The local marketplace file.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Display metadata.</summary>
    [JsonPropertyName("interface")]
    public MarketplaceInterface? Interface { get; init; }

    /// <summary>Its plugins.</summary>
    [JsonPropertyName("plugins")]
    public required IReadOnlyList<PluginSummary> Plugins { get; init; }
}
