using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/rateLimits/read</c>: the account's rate-limit buckets.</summary>
public sealed class GetAccountRateLimitsResponse
{
    /// <summary>Account associated with this usage snapshot, when supplied by the backend.</summary>
    [JsonPropertyName("accountId")]
    public string? AccountId { get; init; }

    /// <summary>Backend permission for ordinary included usage; null means unavailable.</summary>
    [JsonPropertyName("ordinaryUsageAllowed")]
    public bool? OrdinaryUsageAllowed { get; init; }

    /// <summary>Earned rate-limit reset credits, when known.</summary>
    [JsonPropertyName("rateLimitResetCredits")]
    public RateLimitResetCreditsSummary? RateLimitResetCredits { get; init; }

    /// <summary>Optional backend-owned banner (snake_case keys, passed through as is).</summary>
    [JsonPropertyName("rateLimitUpsell")]
    public JsonElement? RateLimitUpsell { get; init; }

    /// <summary>Backward-compatible single-bucket view.</summary>
    [JsonPropertyName("rateLimits")]
    public required RateLimitSnapshot RateLimits { get; init; }

    /// <summary>Multi-bucket view keyed by metered limit id (for example <c>codex</c>).</summary>
    [JsonPropertyName("rateLimitsByLimitId")]
    public IReadOnlyDictionary<string, RateLimitSnapshot>? RateLimitsByLimitId { get; init; }
}
