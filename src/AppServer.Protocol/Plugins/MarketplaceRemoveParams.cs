using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>marketplace/remove</c>.</summary>
public sealed class MarketplaceRemoveParams
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }
}
