using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Params of <c>account/gatewayOAuth/login</c>.</summary>
public sealed class GatewayOAuthLoginParams
{
    /// <summary>Use device authorization.</summary>
    [JsonPropertyName("deviceAuth")]
    public bool? DeviceAuth { get; init; }

    /// <summary>Provider id; defaults to the current provider.</summary>
    [JsonPropertyName("modelProvider")]
    public string? ModelProvider { get; init; }
}
