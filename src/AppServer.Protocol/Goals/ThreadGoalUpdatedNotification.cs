using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary><c>thread/goal/updated</c>: a thread's goal was set or changed.</summary>
public sealed class ThreadGoalUpdatedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The turn that changed it, or null for a client request or a resume.</summary>
    [JsonPropertyName("turnId")]
    public string? TurnId { get; init; }

    /// <summary>The goal now.</summary>
    [JsonPropertyName("goal")]
    public required ThreadGoal Goal { get; init; }
}
