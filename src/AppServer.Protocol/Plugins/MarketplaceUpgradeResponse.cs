using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>marketplace/upgrade</c>.</summary>
public sealed class MarketplaceUpgradeResponse
{
    /// <summary>Marketplaces looked at.</summary>
    [JsonPropertyName("selectedMarketplaces")]
    public required IReadOnlyList<string> SelectedMarketplaces { get; init; }

    /// <summary>Roots replaced by a newer checkout.</summary>
    [JsonPropertyName("upgradedRoots")]
    public required IReadOnlyList<string> UpgradedRoots { get; init; }

    /// <summary>Failures.</summary>
    [JsonPropertyName("errors")]
    public required IReadOnlyList<MarketplaceUpgradeErrorInfo> Errors { get; init; }
}
