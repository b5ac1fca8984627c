using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>A workspace member's spend-control limit.</summary>
public sealed class SpendControlLimitSnapshot
{
    /// <summary>The limit, as a decimal string.</summary>
    [JsonPropertyName("limit")]
    public required string Limit { get; init; }

    /// <summary>Remaining share, in percent.</summary>
    [JsonPropertyName("remainingPercent")]
    public required int RemainingPercent { get; init; }

    /// <summary>Unix time (seconds) when it resets.</summary>
    [JsonPropertyName("resetsAt")]
    public required long ResetsAt { get; init; }

    /// <summary>Amount used, as a decimal string.</summary>
    [JsonPropertyName("used")]
    public required string Used { get; init; }
}
