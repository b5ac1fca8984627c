using System.Text.Json.Serialization;

namespace AppServer.Protocol.Models;

/// <summary>A reasoning effort a model accepts.</summary>
public sealed class ReasoningEffortOption
{
    /// <summary>The effort value.</summary>
    [JsonPropertyName("reasoningEffort")]
    public required string ReasoningEffort { get; init; }

    /// <summary>What it means.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }
}
