using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Params of <c>thread/goal/get</c>.</summary>
public sealed class ThreadGoalGetParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
