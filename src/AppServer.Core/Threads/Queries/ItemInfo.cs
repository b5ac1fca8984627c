using AppServer.Storage.Threads;

namespace AppServer.Core.Threads.Queries;

/// <summary>One stored ThreadItem: the wire JSON object with its turn and timing.</summary>
public sealed record ItemInfo
{
    public required string TurnId { get; init; }

    /// <summary>The item's wire <c>type</c>, e.g. <c>agentMessage</c>.</summary>
    public required string ItemType { get; init; }

    /// <summary>The complete wire ThreadItem as JSON.</summary>
    public required string ItemJson { get; init; }

    public long? StartedAtMs { get; init; }

    public long? CompletedAtMs { get; init; }

    internal static ItemInfo From(ItemRecord item) => new()
    {
        TurnId = item.TurnId,
        ItemType = item.ItemType,
        ItemJson = item.ItemJson,
        StartedAtMs = item.StartedAtMs,
        CompletedAtMs = item.CompletedAtMs,
    };
}
