using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Tokens used on one day.</summary>
public sealed class AccountTokenUsageDailyBucket
{
    /// <summary>The day (ISO date).</summary>
    [JsonPropertyName("startDate")]
    public required string StartDate { get; init; }

    /// <summary>Tokens used that day.</summary>
    [JsonPropertyName("tokens")]
    public required long Tokens { get; init; }
}
