using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>One step of the agent's plan.</summary>
public sealed class TurnPlanStep
{
    /// <summary>What to do.</summary>
    [JsonPropertyName("step")]
    public required string Step { get; init; }

    /// <summary>Progress.</summary>
    [JsonPropertyName("status")]
    public required TurnPlanStepStatus Status { get; init; }
}
