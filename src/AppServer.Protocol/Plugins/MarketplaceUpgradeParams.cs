using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>marketplace/upgrade</c>.</summary>
public sealed class MarketplaceUpgradeParams
{
    /// <summary>One marketplace; all git marketplaces when omitted.</summary>
    [JsonPropertyName("marketplaceName")]
    public string? MarketplaceName { get; init; }
}
