using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>One provider in <c>modelProvider/list</c>.</summary>
public sealed class ModelProviderSummary
{
    /// <summary>Provider id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Editable in the user config.</summary>
    [JsonPropertyName("canEdit")]
    public required bool CanEdit { get; init; }

    /// <summary>Endpoint, when it can be shown.</summary>
    [JsonPropertyName("baseUrl")]
    public string? BaseUrl { get; init; }

    /// <summary>Provider kind and auth.</summary>
    [JsonPropertyName("settings")]
    public required ProviderSettings Settings { get; init; }
}
