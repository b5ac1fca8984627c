using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Usage of a thread for one model and setting combination.</summary>
public sealed class ThreadUsageBreakdownGroup
{
    /// <summary>Cached input tokens.</summary>
    [JsonPropertyName("cachedInputTokens")]
    public long? CachedInputTokens { get; init; }

    /// <summary>Estimated credits, in millionths.</summary>
    [JsonPropertyName("estimatedUsageCreditsMicros")]
    public required long EstimatedUsageCreditsMicros { get; init; }

    /// <summary>Input tokens.</summary>
    [JsonPropertyName("inputTokens")]
    public long? InputTokens { get; init; }

    /// <summary>The model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Input tokens not served from cache.</summary>
    [JsonPropertyName("netNewInputTokens")]
    public long? NetNewInputTokens { get; init; }

    /// <summary>Output tokens.</summary>
    [JsonPropertyName("outputTokens")]
    public long? OutputTokens { get; init; }

    /// <summary>Reasoning effort.</summary>
    [JsonPropertyName("reasoningEffort")]
    public string? ReasoningEffort { get; init; }

    /// <summary>Service speed tier.</summary>
    [JsonPropertyName("speed")]
    public string? Speed { get; init; }

    /// <summary>All tokens.</summary>
    [JsonPropertyName("totalTokens")]
    public long? TotalTokens { get; init; }
}
