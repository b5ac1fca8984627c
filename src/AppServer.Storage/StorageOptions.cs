using AppServer.Storage.Sqlite;

namespace AppServer.Storage;

/// <summary>What the storage module needs: the folder that holds the database and the writer lock files.</summary>
public sealed record StorageOptions
{
    /// <summary>The folder of <c>appserver.sqlite</c> and the per-thread writer locks (the Codex home).</summary>
    public required string HomePath { get; init; }

    /// <summary>A database the start-up check already opened and migrated; null opens it on first use.</summary>
    public SqliteDatabase? Database { get; init; }

    /// <summary>The database file.</summary>
    public string DatabasePath => Path.Combine(HomePath, SqliteDatabase.FileName);
}
