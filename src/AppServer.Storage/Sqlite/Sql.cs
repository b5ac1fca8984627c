using Microsoft.Data.Sqlite;

namespace AppServer.Storage.Sqlite;

/// <summary>Command helpers shared by the SQLite stores.</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        return command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The next free <c>seq</c> of a thread in <paramref name="table"/>.</summary>
    public static long NextSequence(SqliteConnection connection, SqliteTransaction transaction, string table, string threadId)
    {
        using var command = Command(connection, transaction, $"SELECT coalesce(max(seq) + 1, 0) FROM {table} WHERE thread_id = $t;");
        command.Parameters.AddWithValue("$t", threadId);
        return (long)command.ExecuteScalar()!;
    }

    public static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    public static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
