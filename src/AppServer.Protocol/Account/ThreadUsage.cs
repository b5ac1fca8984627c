using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>Estimated usage of one thread.</summary>
public sealed class ThreadUsage
{
    /// <summary>Estimated credits, in millionths.</summary>
    [JsonPropertyName("estimatedUsageCreditsMicros")]
    public required long EstimatedUsageCreditsMicros { get; init; }

    /// <summary>Estimated dollars, in millionths.</summary>
    [JsonPropertyName("estimatedUsageUsdMicros")]
    public long? EstimatedUsageUsdMicros { get; init; }

    /// <summary>Breakdown by model and settings.</summary>
    [JsonPropertyName("groups")]
    public required IReadOnlyList<ThreadUsageBreakdownGroup> Groups { get; init; }

    /// <summary>Native dollar usage, in millionths; null means unknown.</summary>
    [JsonPropertyName("nativeUsageUsdMicros")]
    public long? NativeUsageUsdMicros { get; init; }

    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
