using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Earned rate-limit reset credits.</summary>
public sealed class RateLimitResetCreditsSummary
{
    /// <summary>How many credits are available.</summary>
    [JsonPropertyName("availableCount")]
    public required long AvailableCount { get; init; }

    /// <summary>Detail rows; null when only the count is known.</summary>
    [JsonPropertyName("credits")]
    public IReadOnlyList<RateLimitResetCredit>? Credits { get; init; }
}
