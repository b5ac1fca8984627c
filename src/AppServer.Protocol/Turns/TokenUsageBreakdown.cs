using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Token counts of one request or of a whole thread.</summary>
public sealed record TokenUsageBreakdown
{
    /// <summary>All tokens.</summary>
    [JsonPropertyName("totalTokens")]
    public required long TotalTokens { get; init; }

    /// <summary>Input tokens.</summary>
    [JsonPropertyName("inputTokens")]
    public required long InputTokens { get; init; }

    /// <summary>Input tokens served from the prompt cache.</summary>
    [JsonPropertyName("cachedInputTokens")]
    public required long CachedInputTokens { get; init; }

    /// <summary>Input tokens written to the prompt cache.</summary>
    [JsonPropertyName("cacheWriteInputTokens")]
    public long CacheWriteInputTokens { get; init; }

    /// <summary>Output tokens.</summary>
    [JsonPropertyName("outputTokens")]
    public required long OutputTokens { get; init; }

    /// <summary>Output tokens spent on reasoning.</summary>
    [JsonPropertyName("reasoningOutputTokens")]
    public required long ReasoningOutputTokens { get; init; }
}
