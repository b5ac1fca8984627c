using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>thread/status/changed</c>.</summary>
public sealed class ThreadStatusChangedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Its new status.</summary>
    [JsonPropertyName("status")]
    public required ThreadStatus Status { get; init; }
}
