using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>One earned rate-limit reset credit.</summary>
public sealed class RateLimitResetCredit
{
    /// <summary>Backend-provided display description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Unix time (seconds) when the credit expires; null if it does not.</summary>
    [JsonPropertyName("expiresAt")]
    public long? ExpiresAt { get; init; }

    /// <summary>Unix time (seconds) when the credit was granted.</summary>
    [JsonPropertyName("grantedAt")]
    public required long GrantedAt { get; init; }

    /// <summary>Opaque backend identifier.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>What the credit resets.</summary>
    [JsonPropertyName("resetType")]
    public required RateLimitResetType ResetType { get; init; }

    /// <summary>Redemption state.</summary>
    [JsonPropertyName("status")]
    public required RateLimitResetCreditStatus Status { get; init; }

    /// <summary>Backend-provided display title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
