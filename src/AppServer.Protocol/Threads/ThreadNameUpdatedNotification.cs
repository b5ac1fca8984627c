using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>thread/name/updated</c>.</summary>
public sealed class ThreadNameUpdatedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Its new name.</summary>
    [JsonPropertyName("threadName")]
    public string? ThreadName { get; init; }
}
