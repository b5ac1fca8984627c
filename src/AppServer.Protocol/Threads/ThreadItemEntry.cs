using System.Text.Json.Serialization;
using System.Text.Json;

namespace AppServer.Protocol.Threads;

/// <summary>One item of <c>thread/items/list</c> with its turn.</summary>
public sealed class ThreadItemEntry
{
    /// <summary>Turn containing the item.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The ThreadItem.</summary>
    [JsonPropertyName("item")]
    public required JsonElement Item { get; init; }

    /// <summary>Start time (unix ms).</summary>
    [JsonPropertyName("startedAtMs")]
    public long? StartedAtMs { get; init; }

    /// <summary>Completion time (unix ms).</summary>
    [JsonPropertyName("completedAtMs")]
    public long? CompletedAtMs { get; init; }
}
