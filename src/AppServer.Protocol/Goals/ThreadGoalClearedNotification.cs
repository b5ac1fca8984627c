using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary><c>thread/goal/cleared</c>: a thread has no goal (any more).</summary>
public sealed class ThreadGoalClearedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
