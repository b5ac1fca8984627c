using System.Text.Json.Serialization;
using System.Text.Json;

namespace AppServer.Protocol.Turns;

/// <summary>One turn of a thread.</summary>
public sealed class Turn
{
    /// <summary>UUIDv7 turn id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>ThreadItems included in this payload (wire JSON).</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<JsonElement> Items { get; init; }

    /// <summary>How much of <c>items</c> is loaded.</summary>
    [JsonPropertyName("itemsView")]
    public TurnItemsView ItemsView { get; init; } = TurnItemsView.Full;

    /// <summary>Turn status.</summary>
    [JsonPropertyName("status")]
    public required TurnStatus Status { get; init; }

    /// <summary>TurnError of a failed or interrupted turn.</summary>
    [JsonPropertyName("error")]
    public JsonElement? Error { get; init; }

    /// <summary>Start time (unix seconds).</summary>
    [JsonPropertyName("startedAt")]
    public long? StartedAt { get; init; }

    /// <summary>Completion time (unix seconds).</summary>
    [JsonPropertyName("completedAt")]
    public long? CompletedAt { get; init; }

    /// <summary>Duration in milliseconds.</summary>
    [JsonPropertyName("durationMs")]
    public long? DurationMs { get; init; }

    /// <summary>First turn of the chain of work.</summary>
    [JsonPropertyName("rootTurnId")]
    public string? RootTurnId { get; init; }
}
