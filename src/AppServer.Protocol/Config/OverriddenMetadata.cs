using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Why a written value is not the effective one.</summary>
public sealed class OverriddenMetadata
{
    /// <summary>E.g. <c>Overridden by session flags</c>.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>The layer that wins.</summary>
    [JsonPropertyName("overridingLayer")]
    public required ConfigLayerMetadata OverridingLayer { get; init; }

    /// <summary>The value in effect.</summary>
    [JsonPropertyName("effectiveValue")]
    public required JsonNode? EffectiveValue { get; init; }
}
