using Microsoft.Data.Sqlite;

namespace AppServer.Storage.Sqlite;

/// <summary>
/// The process's SQLite database file: created and migrated once, then handed out as short-lived pooled
/// connections (WAL lets readers run beside the single writer).
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>File name inside the home directory (never the reference's <c>state_*.sqlite</c>).</summary>
    public const string FileName = "appserver.sqlite";

    private readonly string _connectionString;

    /// <summary>Opens (creating if needed) and migrates the database at <paramref name="path"/>.</summary>
    public SqliteDatabase(string path) : this(path, Migrations.All.Count)
    {
    }

    /// <summary>Opens the database, applying migrations only up to <paramref name="targetVersion"/> (tests of upgrades).</summary>
    internal SqliteDatabase(string path, int targetVersion)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();

        try
        {
            using var connection = Open();
            // SQLite silently opens a file it may not write read-only; every later write would then fail.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                throw StorageException.ReadOnly(path);
            }

            Execute(connection, "PRAGMA journal_mode = WAL;");
            Migrate(connection, targetVersion);
        }
        catch (SqliteException ex)
        {
            throw StorageException.Open(ex, path);
        }
    }

    /// <summary>Path of the database file.</summary>
    public string Path { get; }

    /// <summary>Schema version (<c>PRAGMA user_version</c>) the file is at.</summary>
    public int SchemaVersion
    {
        get
        {
            using var connection = Open();
            return ReadUserVersion(connection);
        }
    }

    /// <summary>Latest schema version this build knows.</summary>
    public static int LatestVersion => Migrations.All.Count;

    /// <summary>A new open connection from the pool; dispose it when done.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per-connection: durable against process crashes (WAL), without an fsync per commit.
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>
    /// Runs a write on a new connection. A failure of the disk or file (full, read-only, I/O, locked) becomes a
    /// <see cref="StorageException"/> naming the file; constraint violations pass through, the stores handle
    /// them where they occur.
    /// </summary>
    internal T Write<T>(Func<SqliteConnection, T> write)
    {
        try
        {
            using var connection = Open();
            return write(connection);
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            throw StorageException.Write(ex, Path);
        }
    }

    /// <inheritdoc cref="Write{T}(Func{SqliteConnection, T})"/>
    internal void Write(Action<SqliteConnection> write) => Write(connection =>
    {
        write(connection);
        return true;
    });

    /// <summary>A failure of the disk or file rather than of our SQL (constraint violations are handled where they occur).</summary>
    private static bool IsStorageFailure(SqliteException ex) => ex.SqliteErrorCode != SQLitePCL.raw.SQLITE_CONSTRAINT;

    private static void Migrate(SqliteConnection connection, int targetVersion)
    {
        var version = ReadUserVersion(connection);
        if (version > Migrations.All.Count)
        {
            throw new InvalidOperationException(
                $"{FileName} has schema version {version}, newer than this build ({Migrations.All.Count}).");
        }

        for (var next = version; next < targetVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Migrations.All[next], transaction);
            Execute(connection, $"PRAGMA user_version = {next + 1};", transaction);
            transaction.Commit();
        }
    }

    private static int ReadUserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
