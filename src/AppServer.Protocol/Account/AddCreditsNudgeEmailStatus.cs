using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Outcome of a nudge email.</summary>
public enum AddCreditsNudgeEmailStatus
{
    /// <summary><c>sent</c>.</summary>
    [JsonStringEnumMemberName("sent")]
    Sent,

    /// <summary><c>cooldown_active</c>.</summary>
    [JsonStringEnumMemberName("cooldown_active")]
    CooldownActive,
}
