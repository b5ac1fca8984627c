using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Params of <c>thread/goal/clear</c>.</summary>
public sealed class ThreadGoalClearParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Who asked for the change; missing provenance does not supply user authorization.</summary>
    [JsonPropertyName("origin")]
    public ThreadGoalMutationOrigin? Origin { get; init; }
}
