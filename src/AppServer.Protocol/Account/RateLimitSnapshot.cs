using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>One rate-limit bucket as last reported by the backend.</summary>
public sealed class RateLimitSnapshot
{
    /// <summary>Credit balance, when the plan has credits.</summary>
    [JsonPropertyName("credits")]
    public CreditsSnapshot? Credits { get; init; }

    /// <summary>The member's own spend-control limit, when set.</summary>
    [JsonPropertyName("individualLimit")]
    public SpendControlLimitSnapshot? IndividualLimit { get; init; }

    /// <summary>Metered limit id (for example <c>codex</c>).</summary>
    [JsonPropertyName("limitId")]
    public string? LimitId { get; init; }

    /// <summary>Display name of the limit.</summary>
    [JsonPropertyName("limitName")]
    public string? LimitName { get; init; }

    /// <summary>Normal model whose display name and reasoning options describe this quota alias.</summary>
    [JsonPropertyName("normalModelSlug")]
    public string? NormalModelSlug { get; init; }

    /// <summary>The account's plan.</summary>
    [JsonPropertyName("planType")]
    public PlanType? PlanType { get; init; }

    /// <summary>The short window.</summary>
    [JsonPropertyName("primary")]
    public RateLimitWindow? Primary { get; init; }

    /// <summary>Which limit was reached, if any.</summary>
    [JsonPropertyName("rateLimitReachedType")]
    public RateLimitReachedType? RateLimitReachedType { get; init; }

    /// <summary>The long window.</summary>
    [JsonPropertyName("secondary")]
    public RateLimitWindow? Secondary { get; init; }

    /// <summary>Backend-reported spend-control state; null is unavailable.</summary>
    [JsonPropertyName("spendControlReached")]
    public bool? SpendControlReached { get; init; }
}
