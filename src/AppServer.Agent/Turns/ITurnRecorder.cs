using AppServer.Protocol.Items;

namespace AppServer.Agent.Turns;

/// <summary>
/// Durable record of a thread's turns, items and raw model-facing history. Every call returns only once the
/// write is committed, so a notification sent afterwards never announces something a crash could lose.
/// </summary>
public interface ITurnRecorder
{
    /// <summary>The raw history (Responses items as JSON), in order.</summary>
    IReadOnlyList<string> LoadHistory();

    /// <summary>Inserts or updates a turn row.</summary>
    void SaveTurn(TurnSnapshot turn);

    /// <summary>
    /// Keeps a turn row that could not be written (disk full) and writes it before the next write that works,
    /// so a turn that ended while the disk was full does not stay <c>inProgress</c> on disk.
    /// </summary>
    void SaveTurnLater(TurnSnapshot turn);

    /// <summary>Stores an item (when given) and appends history entries, in one transaction.</summary>
    void Commit(string turnId, ThreadItem? item, long startedAtMs, long? completedAtMs, IReadOnlyList<string> history);

    /// <summary>The thread's stored token usage, or null before the first model response.</summary>
    ThreadUsage? LoadUsage();

    /// <summary>Replaces the thread's stored token usage.</summary>
    void SaveUsage(ThreadUsage usage);
}

/// <summary>A turn row: the wire status plus timings and error.</summary>
public sealed record TurnSnapshot(
    string Id,
    string Status,
    long StartedAtMs,
    long? CompletedAtMs,
    long? DurationMs,
    Protocol.Turns.TurnError? Error,
    string? RootTurnId);
