using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>marketplace/add</c>.</summary>
public sealed class MarketplaceAddResponse
{
    /// <summary>Marketplace name.</summary>
    [JsonPropertyName("marketplaceName")]
    public required string MarketplaceName { get; init; }

    /// <summary>Where it lives.</summary>
    [JsonPropertyName("installedRoot")]
    public required string InstalledRoot { get; init; }

    /// <summary>Whether it was already added.</summary>
    [JsonPropertyName("alreadyAdded")]
    public required bool AlreadyAdded { get; init; }
}
