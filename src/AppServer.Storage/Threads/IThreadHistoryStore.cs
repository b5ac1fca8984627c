namespace AppServer.Storage.Threads;

/// <summary>
/// Durable raw model-facing history of threads (the prompt replayed on the next turn). History written with a
/// turn goes through <see cref="IThreadStore.Commit"/> instead, in the turn's transaction.
/// </summary>
public interface IThreadHistoryStore
{
    /// <summary>Appends raw model-facing history entries.</summary>
    /// <exception cref="ThreadNotFoundException">The thread does not exist.</exception>
    void AppendHistory(string threadId, string? turnId, IReadOnlyList<string> itemsJson);

    /// <summary>Replaces the whole raw history (after compaction).</summary>
    void ReplaceHistory(string threadId, IReadOnlyList<HistoryEntry> entries);

    /// <summary>The raw history in order.</summary>
    IReadOnlyList<HistoryEntry> ReadHistory(string threadId);
}
