using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/gatewayOAuth/login</c>.</summary>
public sealed class GatewayOAuthLoginResponse
{
    /// <summary>Device-code prompt, when device authorization was used.</summary>
    [JsonPropertyName("prompt")]
    public GatewayOAuthPrompt? Prompt { get; init; }
}
