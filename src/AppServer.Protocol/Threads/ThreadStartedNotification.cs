using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>thread/started</c>.</summary>
public sealed class ThreadStartedNotification
{
    /// <summary>The new or loaded thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }
}
