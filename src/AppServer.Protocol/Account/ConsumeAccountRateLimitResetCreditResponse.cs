using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/rateLimitResetCredit/consume</c>.</summary>
public sealed class ConsumeAccountRateLimitResetCreditResponse
{
    /// <summary>What happened.</summary>
    [JsonPropertyName("outcome")]
    public required ConsumeAccountRateLimitResetCreditOutcome Outcome { get; init; }
}
