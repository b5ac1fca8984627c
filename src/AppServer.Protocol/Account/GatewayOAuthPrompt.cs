using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>What the user enters to finish a device-code login.</summary>
public sealed class GatewayOAuthPrompt
{
    /// <summary>Login id (for cancel).</summary>
    [JsonPropertyName("loginId")]
    public required string LoginId { get; init; }

    /// <summary>Code to enter.</summary>
    [JsonPropertyName("userCode")]
    public required string UserCode { get; init; }

    /// <summary>Where to enter it.</summary>
    [JsonPropertyName("verificationUrl")]
    public required string VerificationUrl { get; init; }
}
