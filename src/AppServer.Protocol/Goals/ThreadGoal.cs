using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>The goal attached to a thread: an objective with its status and usage so far.</summary>
public sealed class ThreadGoal
{
    /// <summary>The thread the goal belongs to.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>What the goal is.</summary>
    [JsonPropertyName("objective")]
    public required string Objective { get; init; }

    /// <summary>Where it stands.</summary>
    [JsonPropertyName("status")]
    public required ThreadGoalStatus Status { get; init; }

    /// <summary>Token budget, or null for none.</summary>
    [JsonPropertyName("tokenBudget")]
    public long? TokenBudget { get; init; }

    /// <summary>Tokens spent on the goal so far.</summary>
    [JsonPropertyName("tokensUsed")]
    public required long TokensUsed { get; init; }

    /// <summary>Seconds spent on the goal so far.</summary>
    [JsonPropertyName("timeUsedSeconds")]
    public required long TimeUsedSeconds { get; init; }

    /// <summary>Creation time, Unix seconds.</summary>
    [JsonPropertyName("createdAt")]
    public required long CreatedAt { get; init; }

    /// <summary>Last change, Unix seconds.</summary>
    [JsonPropertyName("updatedAt")]
    public required long UpdatedAt { get; init; }
}
