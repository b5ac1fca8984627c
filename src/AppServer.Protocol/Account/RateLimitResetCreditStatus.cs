using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Redemption state of a reset credit.</summary>
public enum RateLimitResetCreditStatus
{
    /// <summary><c>available</c>.</summary>
    [JsonStringEnumMemberName("available")]
    Available,

    /// <summary><c>redeeming</c>.</summary>
    [JsonStringEnumMemberName("redeeming")]
    Redeeming,

    /// <summary><c>redeemed</c>.</summary>
    [JsonStringEnumMemberName("redeemed")]
    Redeemed,

    /// <summary><c>unknown</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
