using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Gateway OAuth login state.</summary>
public enum GatewayOAuthStatus
{
    /// <summary><c>notReady</c>.</summary>
    [JsonStringEnumMemberName("notReady")]
    NotReady,

    /// <summary><c>started</c>.</summary>
    [JsonStringEnumMemberName("started")]
    Started,

    /// <summary><c>succeeded</c>.</summary>
    [JsonStringEnumMemberName("succeeded")]
    Succeeded,

    /// <summary><c>failed</c>.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
