using AppServer.Storage.Threads;

namespace AppServer.Core.Threads.Queries;

/// <summary>One stored turn with the items that were read with it (none when they were not asked for).</summary>
public sealed record TurnInfo
{
    public required string Id { get; init; }

    /// <summary>Wire status: <c>inProgress|completed|failed|interrupted</c>.</summary>
    public required string Status { get; init; }

    public long? StartedAtMs { get; init; }

    public long? CompletedAtMs { get; init; }

    public long? DurationMs { get; init; }

    /// <summary>The wire <c>TurnError</c> object as JSON, or null.</summary>
    public string? ErrorJson { get; init; }

    public string? RootTurnId { get; init; }

    /// <summary>The turn's items in order.</summary>
    public required IReadOnlyList<ItemInfo> Items { get; init; }

    internal static TurnInfo From(TurnRecord turn, IReadOnlyList<ItemInfo> items) => new()
    {
        Id = turn.Id,
        Status = turn.Status,
        StartedAtMs = turn.StartedAtMs,
        CompletedAtMs = turn.CompletedAtMs,
        DurationMs = turn.DurationMs,
        ErrorJson = turn.ErrorJson,
        RootTurnId = turn.RootTurnId,
        Items = items,
    };
}
