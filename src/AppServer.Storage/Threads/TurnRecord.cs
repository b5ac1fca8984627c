namespace AppServer.Storage.Threads;

/// <summary>One turn of a thread. Items live in <see cref="ItemRecord"/> rows.</summary>
public sealed record TurnRecord
{
    /// <summary>UUIDv7 turn id (unique within its thread).</summary>
    public required string Id { get; init; }

    public required string ThreadId { get; init; }

    /// <summary>Wire status: <c>inProgress|completed|failed|interrupted</c>.</summary>
    public required string Status { get; init; }

    public long? StartedAtMs { get; init; }

    public long? CompletedAtMs { get; init; }

    public long? DurationMs { get; init; }

    /// <summary>The wire <c>TurnError</c> object as JSON, or null.</summary>
    public string? ErrorJson { get; init; }

    public string? RootTurnId { get; init; }

    /// <summary>Position of the turn in its thread (0-based); assigned by the store on first save.</summary>
    public long Sequence { get; init; }
}
