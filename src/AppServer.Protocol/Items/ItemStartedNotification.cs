using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary><c>item/started</c>: an item of a running turn began.</summary>
public sealed class ItemStartedNotification
{
    /// <summary>The item as it is when it starts.</summary>
    [JsonPropertyName("item")]
    public required ThreadItem Item { get; init; }

    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Unix time (ms) when the item started.</summary>
    [JsonPropertyName("startedAtMs")]
    public required long StartedAtMs { get; init; }
}
