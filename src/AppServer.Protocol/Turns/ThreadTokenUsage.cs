using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Token usage of the thread so far and of the last model request.</summary>
public sealed class ThreadTokenUsage
{
    /// <summary>Sum over the thread.</summary>
    [JsonPropertyName("total")]
    public required TokenUsageBreakdown Total { get; init; }

    /// <summary>The last model request.</summary>
    [JsonPropertyName("last")]
    public required TokenUsageBreakdown Last { get; init; }

    /// <summary>The usable context window of the model, when known.</summary>
    [JsonPropertyName("modelContextWindow")]
    public long? ModelContextWindow { get; init; }
}
