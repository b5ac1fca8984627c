using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Why the client started the thread.</summary>
public enum ThreadStartSource
{
    /// <summary><c>startup</c>.</summary>
    [JsonStringEnumMemberName("startup")]
    Startup,

    /// <summary><c>clear</c>.</summary>
    [JsonStringEnumMemberName("clear")]
    Clear,
}
