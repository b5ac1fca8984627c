using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>thread/archived</c>.</summary>
public sealed class ThreadArchivedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
