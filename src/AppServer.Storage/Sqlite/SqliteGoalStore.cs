using AppServer.Storage.Threads;

namespace AppServer.Storage.Sqlite;

/// <summary><see cref="IThreadGoalStore"/> on the <c>thread_goals</c> table.</summary>
public sealed class SqliteGoalStore(SqliteDatabase database) : IThreadGoalStore
{
    public ThreadGoalRecord? GetGoal(string threadId)
    {
        using var connection = database.Open();
        using var command = Sql.Command(connection, null,
            """
            SELECT objective, status, token_budget, tokens_used, time_used_seconds, created_at_ms, updated_at_ms
            FROM thread_goals WHERE thread_id = $t;
            """);
        command.Parameters.AddWithValue("$t", threadId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ThreadGoalRecord(
            threadId,
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetInt64(2),
            reader.GetInt64(3),
            reader.GetInt64(4),
            reader.GetInt64(5),
            reader.GetInt64(6));
    }

    public void SaveGoal(ThreadGoalRecord goal) => database.Write(connection =>
    {
        // Inserting only when the thread exists turns a missing thread into "no row written" instead of a
        // foreign-key failure, so the caller gets the store's usual ThreadNotFoundException.
        using var command = Sql.Command(connection, null,
            """
            INSERT OR REPLACE INTO thread_goals
                (thread_id, objective, status, token_budget, tokens_used, time_used_seconds, created_at_ms, updated_at_ms)
            SELECT $t, $objective, $status, $budget, $used, $seconds, $created, $updated
            WHERE EXISTS (SELECT 1 FROM threads WHERE id = $t);
            """);
        command.Parameters.AddWithValue("$t", goal.ThreadId);
        command.Parameters.AddWithValue("$objective", goal.Objective);
        command.Parameters.AddWithValue("$status", goal.Status);
        command.Parameters.AddWithValue("$budget", goal.TokenBudget is { } budget ? budget : DBNull.Value);
        command.Parameters.AddWithValue("$used", goal.TokensUsed);
        command.Parameters.AddWithValue("$seconds", goal.TimeUsedSeconds);
        command.Parameters.AddWithValue("$created", goal.CreatedAtMs);
        command.Parameters.AddWithValue("$updated", goal.UpdatedAtMs);
        if (command.ExecuteNonQuery() == 0)
        {
            throw new ThreadNotFoundException($"thread {goal.ThreadId} does not exist");
        }
    });

    public bool DeleteGoal(string threadId) => database.Write(connection =>
    {
        using var command = Sql.Command(connection, null, "DELETE FROM thread_goals WHERE thread_id = $t;");
        command.Parameters.AddWithValue("$t", threadId);
        return command.ExecuteNonQuery() > 0;
    });
}
