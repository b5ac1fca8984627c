using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Result of <c>thread/goal/get</c>.</summary>
public sealed class ThreadGoalGetResponse
{
    /// <summary>The thread's goal, or null when it has none.</summary>
    [JsonPropertyName("goal")]
    public ThreadGoal? Goal { get; init; }
}
