using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary><c>account/rateLimits/updated</c>: the account's rate limits as last reported by the service.</summary>
public sealed class AccountRateLimitsUpdatedNotification
{
    /// <summary>The snapshot (all fields null when the provider reports no limits).</summary>
    [JsonPropertyName("rateLimits")]
    public required RateLimitSnapshot RateLimits { get; init; }
}
