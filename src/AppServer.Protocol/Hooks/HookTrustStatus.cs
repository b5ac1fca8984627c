using System.Text.Json.Serialization;

namespace AppServer.Protocol.Hooks;

/// <summary>Whether a hook may run without review.</summary>
public enum HookTrustStatus
{
    /// <summary>Managed by an administrator: always runs.</summary>
    [JsonStringEnumMemberName("managed")]
    Managed,

    /// <summary>Not reviewed yet.</summary>
    [JsonStringEnumMemberName("untrusted")]
    Untrusted,

    /// <summary>Reviewed and trusted at its current hash.</summary>
    [JsonStringEnumMemberName("trusted")]
    Trusted,

    /// <summary>Trusted once, changed since.</summary>
    [JsonStringEnumMemberName("modified")]
    Modified,
}
