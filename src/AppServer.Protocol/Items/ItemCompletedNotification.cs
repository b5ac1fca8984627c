using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary><c>item/completed</c>: an item reached its final state (and is stored).</summary>
public sealed class ItemCompletedNotification
{
    /// <summary>The final item.</summary>
    [JsonPropertyName("item")]
    public required ThreadItem Item { get; init; }

    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Native content tokens of a completed assistant message, when known.</summary>
    [JsonPropertyName("contentTokenCount")]
    public ulong? ContentTokenCount { get; init; }

    /// <summary>Unix time (ms) when the item completed.</summary>
    [JsonPropertyName("completedAtMs")]
    public required long CompletedAtMs { get; init; }
}
