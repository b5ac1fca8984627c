using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A marketplace that could not be read.</summary>
public sealed class MarketplaceLoadErrorInfo
{
    /// <summary>The marketplace folder.</summary>
    [JsonPropertyName("marketplacePath")]
    public required string MarketplacePath { get; init; }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
