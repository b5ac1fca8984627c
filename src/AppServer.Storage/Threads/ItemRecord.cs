namespace AppServer.Storage.Threads;

/// <summary>One ThreadItem (user message, agent message, command, …) as the wire JSON object.</summary>
public sealed record ItemRecord
{
    /// <summary>Item id (unique within its thread).</summary>
    public required string Id { get; init; }

    public required string ThreadId { get; init; }

    public required string TurnId { get; init; }

    /// <summary>The item's wire <c>type</c>, e.g. <c>userMessage</c>; kept in a column for filtering.</summary>
    public required string ItemType { get; init; }

    /// <summary>The complete wire ThreadItem as JSON.</summary>
    public required string ItemJson { get; init; }

    public long? StartedAtMs { get; init; }

    public long? CompletedAtMs { get; init; }

    /// <summary>Position of the item in its thread; assigned by the store on first save.</summary>
    public long Sequence { get; init; }
}
