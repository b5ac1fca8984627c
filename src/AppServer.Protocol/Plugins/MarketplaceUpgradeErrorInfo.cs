using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A marketplace that failed to upgrade.</summary>
public sealed class MarketplaceUpgradeErrorInfo
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
