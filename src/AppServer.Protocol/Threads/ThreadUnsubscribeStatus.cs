using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Outcome of <c>thread/unsubscribe</c>.</summary>
public enum ThreadUnsubscribeStatus
{
    /// <summary><c>notLoaded</c>.</summary>
    [JsonStringEnumMemberName("notLoaded")]
    NotLoaded,

    /// <summary><c>notSubscribed</c>.</summary>
    [JsonStringEnumMemberName("notSubscribed")]
    NotSubscribed,

    /// <summary><c>unsubscribed</c>.</summary>
    [JsonStringEnumMemberName("unsubscribed")]
    Unsubscribed,
}
