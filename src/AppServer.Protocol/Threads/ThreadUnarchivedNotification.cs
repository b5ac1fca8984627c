using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>thread/unarchived</c>.</summary>
public sealed class ThreadUnarchivedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
