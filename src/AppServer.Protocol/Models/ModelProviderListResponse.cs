using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>Result of <c>modelProvider/list</c>.</summary>
public sealed class ModelProviderListResponse
{
    /// <summary>The providers.</summary>
    [JsonPropertyName("data")]
    public required List<ModelProviderSummary> Data { get; init; }

    /// <summary>The provider used when config names none.</summary>
    [JsonPropertyName("defaultProviderId")]
    public required string DefaultProviderId { get; init; }

    /// <summary>Whether the default can be changed.</summary>
    [JsonPropertyName("canChangeDefault")]
    public required bool CanChangeDefault { get; init; }
}
