namespace AppServer.Storage.Threads;

/// <summary>
/// Durable storage of threads with their turns and items. The core talks only to this interface;
/// <see cref="Sqlite.SqliteThreadStore"/> is the implementation. The raw history, goals and dynamic tools of a
/// thread have their own stores (<see cref="IThreadHistoryStore"/>, <see cref="IThreadGoalStore"/>,
/// <see cref="IDynamicToolStore"/>) over the same database; deleting a thread deletes them too.
/// </summary>
/// <remarks>
/// Conventions:
/// <list type="bullet">
/// <item>Methods are synchronous: the backend is a local embedded database and every call is short.</item>
/// <item>Methods that address a thread by id return <c>null</c>/<c>false</c> when it does not exist;
/// writes to a missing thread throw <see cref="ThreadNotFoundException"/>.</item>
/// <item>Writes that belong together (a turn with its items and history) go through
/// <see cref="Commit"/>, which applies them in one transaction.</item>
/// <item>Saving a turn marks its thread materialized (listed) and bumps the thread's <c>updated_at</c>.</item>
/// </list>
/// </remarks>
public interface IThreadStore
{
    /// <summary>Inserts a new thread row.</summary>
    void CreateThread(ThreadRecord thread);

    /// <summary>The thread with this id, or null.</summary>
    ThreadRecord? GetThread(string threadId);

    /// <summary>Applies <paramref name="patch"/>; returns the updated row, or null when the thread does not exist.</summary>
    ThreadRecord? UpdateThread(string threadId, ThreadPatch patch);

    /// <summary>Deletes the thread with its turns, items and history; false when it did not exist.</summary>
    bool DeleteThread(string threadId);

    /// <summary>One keyset page of threads.</summary>
    ThreadPage ListThreads(ThreadListQuery query);

    /// <summary>
    /// Creates <paramref name="fork"/> as a copy of <paramref name="sourceThreadId"/>: turns, items and
    /// history up to and including <paramref name="lastTurnId"/> (all of them when null), in one transaction.
    /// </summary>
    /// <exception cref="ThreadNotFoundException">The source thread or the turn does not exist.</exception>
    ThreadRecord ForkThread(string sourceThreadId, ThreadRecord fork, string? lastTurnId);

    /// <summary>Applies a batch of turn/item/history writes atomically.</summary>
    /// <returns>The saved turn (with its sequence) when the batch had one.</returns>
    TurnRecord? Commit(ThreadWrite write);

    /// <summary>Inserts or updates a turn (shortcut for a <see cref="Commit"/> with only a turn).</summary>
    TurnRecord SaveTurn(TurnRecord turn);

    /// <summary>Inserts or updates an item (its turn must exist).</summary>
    ItemRecord SaveItem(ItemRecord item);

    /// <summary>One turn, or null.</summary>
    TurnRecord? GetTurn(string threadId, string turnId);

    /// <summary>Turns of a thread by sequence, after <paramref name="afterSequence"/> (exclusive) in the given direction.</summary>
    IReadOnlyList<TurnRecord> ListTurns(string threadId, long? afterSequence = null, int limit = int.MaxValue, bool descending = false);

    /// <summary>Items of a thread (or of one turn) by sequence, after <paramref name="afterSequence"/> (exclusive).</summary>
    IReadOnlyList<ItemRecord> ListItems(string threadId, string? turnId = null, long? afterSequence = null, int limit = int.MaxValue, bool descending = false);

    /// <summary>
    /// Marks turns left <c>inProgress</c> by a previous process as <c>interrupted</c>. Called once at startup.
    /// </summary>
    /// <returns>How many turns were changed.</returns>
    int InterruptUnfinishedTurns(long nowMs);

    /// <summary>Ids of threads with a turn still marked <c>inProgress</c>.</summary>
    IReadOnlyList<string> ThreadsWithUnfinishedTurns();

    /// <summary>Marks one thread's <c>inProgress</c> turns <c>interrupted</c> (its writer is gone).</summary>
    /// <returns>How many turns were changed.</returns>
    int InterruptUnfinishedTurns(string threadId, long nowMs);
}

/// <summary>Writes applied together by <see cref="IThreadStore.Commit"/>.</summary>
public sealed record ThreadWrite
{
    public required string ThreadId { get; init; }

    /// <summary>A turn to insert or update first.</summary>
    public TurnRecord? Turn { get; init; }

    /// <summary>Items to insert or update (after the turn).</summary>
    public IReadOnlyList<ItemRecord> Items { get; init; } = [];

    /// <summary>Raw history to append, attributed to <see cref="Turn"/> when present.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>Thread metadata to change in the same transaction (e.g. the preview).</summary>
    public ThreadPatch? Patch { get; init; }
}

/// <summary>A write addressed a thread or turn that does not exist.</summary>
public sealed class ThreadNotFoundException(string message) : Exception(message);
