using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>turn/plan/updated</c>: the agent's plan.</summary>
public sealed class TurnPlanUpdatedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Why the plan changed.</summary>
    [JsonPropertyName("explanation")]
    public string? Explanation { get; init; }

    /// <summary>The steps.</summary>
    [JsonPropertyName("plan")]
    public required IReadOnlyList<TurnPlanStep> Plan { get; init; }
}
