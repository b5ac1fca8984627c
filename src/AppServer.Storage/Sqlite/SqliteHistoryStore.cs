using AppServer.Storage.Threads;
using Microsoft.Data.Sqlite;

namespace AppServer.Storage.Sqlite;

/// <summary><see cref="IThreadHistoryStore"/> on the <c>history</c> table.</summary>
public sealed class SqliteHistoryStore(SqliteDatabase database) : IThreadHistoryStore
{
    private const string InsertSql = "INSERT INTO history (thread_id, seq, turn_id, item_json) VALUES ($t, $seq, $turn, $json);";

    private static readonly ThreadOrderedRows<HistoryEntry> Entries = new(
        "history",
        InsertSql,
        "SELECT seq, turn_id, item_json FROM history WHERE thread_id = $t ORDER BY seq;",
        (p, seq, entry) =>
        {
            p.AddWithValue("$seq", seq);
            p.AddWithValue("$turn", (object?)entry.TurnId ?? DBNull.Value);
            p.AddWithValue("$json", entry.ItemJson);
        },
        r => new HistoryEntry(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));

    public void AppendHistory(string threadId, string? turnId, IReadOnlyList<string> itemsJson) => database.Write(connection =>
    {
        using var transaction = connection.BeginTransaction();
        Append(connection, transaction, threadId, turnId, itemsJson);
        transaction.Commit();
    });

    public void ReplaceHistory(string threadId, IReadOnlyList<HistoryEntry> entries) => Entries.Replace(database, threadId, entries);

    public IReadOnlyList<HistoryEntry> ReadHistory(string threadId) => Entries.Read(database, threadId);

    /// <summary>Appends entries after the thread's last one, inside the caller's transaction (also used by a thread commit).</summary>
    internal static void Append(SqliteConnection connection, SqliteTransaction transaction, string threadId, string? turnId, IReadOnlyList<string> itemsJson)
    {
        var seq = Sql.NextSequence(connection, transaction, "history", threadId);
        using var insert = Sql.Command(connection, transaction, InsertSql);
        foreach (var json in itemsJson)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$t", threadId);
            insert.Parameters.AddWithValue("$seq", seq++);
            insert.Parameters.AddWithValue("$turn", Sql.Nullable(turnId));
            insert.Parameters.AddWithValue("$json", json);
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new ThreadNotFoundException($"no thread {threadId}");
            }
        }
    }
}
