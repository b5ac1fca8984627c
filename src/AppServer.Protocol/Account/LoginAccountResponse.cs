using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/login/start</c>: <c>{"type":"apiKey"}</c>.</summary>
public sealed class LoginAccountResponse
{
    /// <summary>The login variant that was started.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }
}
