using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/gatewayOAuth/read</c>: gateway policy and credential readiness of a provider.</summary>
public sealed class GatewayOAuthReadResponse
{
    /// <summary>The provider id.</summary>
    [JsonPropertyName("providerId")]
    public required string ProviderId { get; init; }

    /// <summary>The provider's display name.</summary>
    [JsonPropertyName("providerName")]
    public required string ProviderName { get; init; }

    /// <summary>Whether the provider uses gateway OAuth.</summary>
    [JsonPropertyName("required")]
    public required bool Required { get; init; }

    /// <summary>Whether a device authorization endpoint is configured.</summary>
    [JsonPropertyName("supportsDeviceAuth")]
    public bool SupportsDeviceAuth { get; init; }

    /// <summary>Login state; null when the provider does not use gateway OAuth.</summary>
    [JsonPropertyName("status")]
    public GatewayOAuthStatus? Status { get; init; }

    /// <summary>Last login error, if any.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }
}
