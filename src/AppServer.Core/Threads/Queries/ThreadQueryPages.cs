namespace AppServer.Core.Threads.Queries;

/// <summary>One page of threads; a cursor is null when there is nothing that way.</summary>
public sealed record ThreadListPage(IReadOnlyList<ThreadInfo> Threads, string? NextCursor, string? BackwardsCursor);

/// <summary>One page of turns; a cursor is null when there is nothing that way.</summary>
public sealed record TurnPage(IReadOnlyList<TurnInfo> Turns, string? NextCursor, string? BackwardsCursor);

/// <summary>One page of items; a cursor is null when there is nothing that way.</summary>
public sealed record ItemPage(IReadOnlyList<ItemInfo> Items, string? NextCursor, string? BackwardsCursor);

/// <summary>One page of loaded thread ids (ordinal order); <see cref="NextCursor"/> is null at the end.</summary>
public sealed record LoadedThreadPage(IReadOnlyList<string> ThreadIds, string? NextCursor);
