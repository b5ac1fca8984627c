using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>A user-defined Responses-API gateway.</summary>
public sealed class CustomGatewayProviderSettings : ProviderSettings
{
    /// <summary>How requests authenticate.</summary>
    [JsonPropertyName("auth")]
    public required GatewayAuth Auth { get; init; }
}
