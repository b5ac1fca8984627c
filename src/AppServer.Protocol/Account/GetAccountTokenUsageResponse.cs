using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Result of <c>account/usage/read</c>: token activity of the account.</summary>
public sealed class GetAccountTokenUsageResponse
{
    /// <summary>Tokens per day.</summary>
    [JsonPropertyName("dailyUsageBuckets")]
    public IReadOnlyList<AccountTokenUsageDailyBucket>? DailyUsageBuckets { get; init; }

    /// <summary>Lifetime figures.</summary>
    [JsonPropertyName("summary")]
    public required AccountTokenUsageSummary Summary { get; init; }

    /// <summary>Estimated usage of the requested thread, when available.</summary>
    [JsonPropertyName("threadUsage")]
    public ThreadUsage? ThreadUsage { get; init; }
}
