using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>What a workspace member ran out of.</summary>
public enum AddCreditsNudgeCreditType
{
    /// <summary><c>credits</c>.</summary>
    [JsonStringEnumMemberName("credits")]
    Credits,

    /// <summary><c>usage_limit</c>.</summary>
    [JsonStringEnumMemberName("usage_limit")]
    UsageLimit,
}
