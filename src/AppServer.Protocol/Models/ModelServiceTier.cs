using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>A service tier of a model.</summary>
public sealed class ModelServiceTier
{
    /// <summary>Tier id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }
}
