using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Display metadata of a marketplace.</summary>
public sealed class MarketplaceInterface
{
    /// <summary>Name to show.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; init; }
}
