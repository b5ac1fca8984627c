using System.Text.Json.Serialization;
using AppServer.Protocol.Items;

namespace AppServer.Protocol.Turns;

/// <summary>One user request and everything the agent did for it.</summary>
public sealed class Turn
{
    /// <summary>Turn id (UUIDv7).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>First turn of the chain of work that led to this turn.</summary>
    [JsonPropertyName("rootTurnId")]
    public string? RootTurnId { get; init; }

    /// <summary>The items included in this payload (see <see cref="ItemsView"/>).</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<ThreadItem> Items { get; init; }

    /// <summary>How much of <see cref="Items"/> is loaded.</summary>
    [JsonPropertyName("itemsView")]
    public TurnItemsView ItemsView { get; init; } = TurnItemsView.Full;

    /// <summary>Lifecycle status.</summary>
    [JsonPropertyName("status")]
    public required TurnStatus Status { get; init; }

    /// <summary>Why the turn failed, if it did.</summary>
    [JsonPropertyName("error")]
    public TurnError? Error { get; init; }

    /// <summary>Unix time (s) the turn started.</summary>
    [JsonPropertyName("startedAt")]
    public long? StartedAt { get; init; }

    /// <summary>Unix time (s) the turn completed.</summary>
    [JsonPropertyName("completedAt")]
    public long? CompletedAt { get; init; }

    /// <summary>Time between start and completion, in ms.</summary>
    [JsonPropertyName("durationMs")]
    public long? DurationMs { get; init; }
}
