using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Credit balance of an account.</summary>
public sealed class CreditsSnapshot
{
    /// <summary>Balance as a decimal string.</summary>
    [JsonPropertyName("balance")]
    public string? Balance { get; init; }

    /// <summary>Whether any credits are available.</summary>
    [JsonPropertyName("hasCredits")]
    public required bool HasCredits { get; init; }

    /// <summary>Whether credits are unlimited.</summary>
    [JsonPropertyName("unlimited")]
    public required bool Unlimited { get; init; }
}
