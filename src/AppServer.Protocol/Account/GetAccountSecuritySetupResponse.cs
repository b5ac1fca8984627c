using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/securitySetup/read</c>: an optional security reminder for the account.</summary>
public sealed class GetAccountSecuritySetupResponse
{
    /// <summary>The reminder; null when there is none.</summary>
    [JsonPropertyName("notice")]
    public AccountSecuritySetupNotice? Notice { get; init; }
}
