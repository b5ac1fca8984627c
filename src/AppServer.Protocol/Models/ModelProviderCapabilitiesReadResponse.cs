using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Result of <c>modelProvider/capabilities/read</c>: what the active provider offers.</summary>
public sealed class ModelProviderCapabilitiesReadResponse
{
    /// <summary>Hosted image generation.</summary>
    [JsonPropertyName("imageGeneration")]
    public required bool ImageGeneration { get; init; }

    /// <summary>Hosted web search.</summary>
    [JsonPropertyName("webSearch")]
    public required bool WebSearch { get; init; }
}
