using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/login/cancel</c>.</summary>
public sealed class CancelLoginAccountResponse
{
    /// <summary>Whether a pending login was canceled.</summary>
    [JsonPropertyName("status")]
    public required CancelLoginAccountStatus Status { get; init; }
}
