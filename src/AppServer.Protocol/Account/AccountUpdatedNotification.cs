using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary><c>account/updated</c>: the sign-in state changed.</summary>
public sealed class AccountUpdatedNotification
{
    /// <summary><c>apikey</c> after an API-key login, null after logout.</summary>
    [JsonPropertyName("authMode")]
    public string? AuthMode { get; init; }

    /// <summary>ChatGPT plan; never known locally.</summary>
    [JsonPropertyName("planType")]
    public string? PlanType { get; init; }
}
