using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Result of <c>thread/goal/clear</c>.</summary>
public sealed class ThreadGoalClearResponse
{
    /// <summary>True when a goal existed and was removed.</summary>
    [JsonPropertyName("cleared")]
    public required bool Cleared { get; init; }
}
