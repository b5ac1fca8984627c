using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Result of <c>thread/goal/set</c>.</summary>
public sealed class ThreadGoalSetResponse
{
    /// <summary>The goal as saved.</summary>
    [JsonPropertyName("goal")]
    public required ThreadGoal Goal { get; init; }
}
