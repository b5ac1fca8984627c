namespace AppServer.Storage.Threads;

/// <summary>Durable goal of a thread (at most one per thread; deleted with the thread).</summary>
public interface IThreadGoalStore
{
    /// <summary>The thread's goal, or null when it has none.</summary>
    ThreadGoalRecord? GetGoal(string threadId);

    /// <summary>Inserts or replaces the thread's goal.</summary>
    /// <exception cref="ThreadNotFoundException">The thread does not exist.</exception>
    void SaveGoal(ThreadGoalRecord goal);

    /// <summary>Removes the thread's goal; false when it had none.</summary>
    bool DeleteGoal(string threadId);
}
