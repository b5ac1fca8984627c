using Microsoft.Data.Sqlite;

namespace AppServer.Storage.Sqlite;

/// <summary>
/// A thread's ordered list kept in its own table (raw history, dynamic tools): replaced as a whole in one
/// transaction and read back in order. Each row's position is its index in the list.
/// </summary>
/// <param name="table">The table; rows are keyed by <c>thread_id</c>.</param>
/// <param name="insertSql">Inserts one row from <c>$t</c> and the parameters <paramref name="bind"/> adds.</param>
/// <param name="selectSql">Selects a thread's rows (<c>$t</c>) in order.</param>
/// <param name="bind">Adds one row's parameters, given its index.</param>
/// <param name="read">Maps one selected row.</param>
internal sealed class ThreadOrderedRows<T>(
    string table,
    string insertSql,
    string selectSql,
    Action<SqliteParameterCollection, int, T> bind,
    Func<SqliteDataReader, T> read)
{
    /// <summary>Replaces the thread's rows with <paramref name="rows"/>.</summary>
    public void Replace(SqliteDatabase database, string threadId, IReadOnlyList<T> rows) => database.Write(connection =>
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, transaction, $"DELETE FROM {table} WHERE thread_id = $t;", new Dictionary<string, object> { ["$t"] = threadId });
        using var insert = Sql.Command(connection, transaction, insertSql);
        for (var i = 0; i < rows.Count; i++)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$t", threadId);
            bind(insert.Parameters, i, rows[i]);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    });

    /// <summary>The thread's rows in order (empty when none).</summary>
    public List<T> Read(SqliteDatabase database, string threadId)
    {
        using var connection = database.Open();
        using var command = Sql.Command(connection, null, selectSql);
        command.Parameters.AddWithValue("$t", threadId);
        return Sql.ReadAll(command, read);
    }
}
