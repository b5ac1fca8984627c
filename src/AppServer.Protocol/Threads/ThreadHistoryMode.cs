using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Persisted thread history contract.</summary>
public enum ThreadHistoryMode
{
    /// <summary><c>legacy</c>.</summary>
    [JsonStringEnumMemberName("legacy")]
    Legacy,

    /// <summary><c>paginated</c>.</summary>
    [JsonStringEnumMemberName("paginated")]
    Paginated,
}
