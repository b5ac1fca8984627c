using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>One rate-limit window.</summary>
public sealed class RateLimitWindow
{
    /// <summary>Unix time (seconds) when the window resets.</summary>
    [JsonPropertyName("resetsAt")]
    public long? ResetsAt { get; init; }

    /// <summary>How much of the window is used, in percent.</summary>
    [JsonPropertyName("usedPercent")]
    public required int UsedPercent { get; init; }

    /// <summary>Window length in minutes.</summary>
    [JsonPropertyName("windowDurationMins")]
    public long? WindowDurationMins { get; init; }
}
