using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Outcome of <c>account/login/cancel</c>.</summary>
public enum CancelLoginAccountStatus
{
    /// <summary><c>canceled</c>.</summary>
    [JsonStringEnumMemberName("canceled")]
    Canceled,

    /// <summary><c>notFound</c>.</summary>
    [JsonStringEnumMemberName("notFound")]
    NotFound,
}
