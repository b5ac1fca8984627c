using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>marketplace/remove</c>.</summary>
public sealed class MarketplaceRemoveResponse
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }

    /// <summary>The checkout that was deleted, if any.</summary>
    [JsonPropertyName("installedRoot")]
    public string? InstalledRoot { get; init; }
}
