using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary><c>thread/tokenUsage/updated</c>: sent after every model request.</summary>
public sealed class ThreadTokenUsageUpdatedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The usage figures.</summary>
    [JsonPropertyName("tokenUsage")]
    public required ThreadTokenUsage TokenUsage { get; init; }
}
