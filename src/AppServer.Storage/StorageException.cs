using Microsoft.Data.Sqlite;

namespace AppServer.Storage;

/// <summary>
/// The database could not be written (disk full, read-only file system, I/O error, locked). An
/// <see cref="IOException"/>, so a request that hits it is answered with -32603 and this message, which names
/// the file and the cause.
/// </summary>
public sealed class StorageException : IOException
{
    private StorageException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The SQLite result code (e.g. 13 = SQLITE_FULL).</summary>
    public int SqliteErrorCode => InnerException is SqliteException sqlite ? sqlite.SqliteErrorCode : 0;

    /// <summary>True when the disk (or the file system holding the database) is full.</summary>
    public bool IsDiskFull => SqliteErrorCode == SQLitePCL.raw.SQLITE_FULL;

    /// <summary>Wraps a failed write to <paramref name="path"/>.</summary>
    public static StorageException Write(SqliteException ex, string path) => new($"failed to write {path}: {Describe(ex)}", ex);

    /// <summary>Wraps a failure to open <paramref name="path"/>.</summary>
    public static StorageException Open(SqliteException ex, string path) => new($"cannot open the database {path}: {Describe(ex)}", ex);

    /// <summary>The database opened read-only although it must be written.</summary>
    public static StorageException ReadOnly(string path)
        => new($"cannot open the database {path} for writing: the file or its folder is read-only", new UnauthorizedAccessException(path));

    /// <summary>SQLite's own text for the result code (<c>database or disk is full</c>), with the code.</summary>
    private static string Describe(SqliteException ex)
    {
        var code = ex.SqliteExtendedErrorCode != 0 ? ex.SqliteExtendedErrorCode : ex.SqliteErrorCode;
        var text = SQLitePCL.raw.sqlite3_errstr(code).utf8_to_string();
        return $"{text} (SQLite error {code})";
    }
}
