using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Outcome of redeeming a reset credit.</summary>
public enum ConsumeAccountRateLimitResetCreditOutcome
{
    /// <summary>A credit was consumed and the eligible windows were reset.</summary>
    [JsonStringEnumMemberName("reset")]
    Reset,

    /// <summary>No current window is eligible for a reset.</summary>
    [JsonStringEnumMemberName("nothingToReset")]
    NothingToReset,

    /// <summary>The account has no reset credits.</summary>
    [JsonStringEnumMemberName("noCredit")]
    NoCredit,

    /// <summary>The same idempotency key already completed a reset.</summary>
    [JsonStringEnumMemberName("alreadyRedeemed")]
    AlreadyRedeemed,
}
