using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Lifetime token figures of an account.</summary>
public sealed class AccountTokenUsageSummary
{
    /// <summary>Current streak of active days.</summary>
    [JsonPropertyName("currentStreakDays")]
    public long? CurrentStreakDays { get; init; }

    /// <summary>Tokens used since the account was created.</summary>
    [JsonPropertyName("lifetimeTokens")]
    public long? LifetimeTokens { get; init; }

    /// <summary>Longest turn, in seconds.</summary>
    [JsonPropertyName("longestRunningTurnSec")]
    public long? LongestRunningTurnSec { get; init; }

    /// <summary>Longest streak of active days.</summary>
    [JsonPropertyName("longestStreakDays")]
    public long? LongestStreakDays { get; init; }

    /// <summary>Most tokens used in one day.</summary>
    [JsonPropertyName("peakDailyTokens")]
    public long? PeakDailyTokens { get; init; }
}
