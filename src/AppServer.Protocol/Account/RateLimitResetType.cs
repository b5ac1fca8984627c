using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>What a reset credit resets.</summary>
public enum RateLimitResetType
{
    /// <summary><c>codexRateLimits</c>.</summary>
    [JsonStringEnumMemberName("codexRateLimits")]
    CodexRateLimits,

    /// <summary><c>unknown</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
