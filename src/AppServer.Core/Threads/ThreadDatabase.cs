using AppServer.Core.Home;
using AppServer.Storage;
using AppServer.Storage.Sqlite;

namespace AppServer.Core.Threads;

/// <summary>
/// The home's thread database, opened (created and migrated when new). The host holds one without knowing the
/// storage engine: the start-up check opens it once and the server then uses that instance.
/// </summary>
public sealed class ThreadDatabase
{
    internal ThreadDatabase(SqliteDatabase sqlite) => Sqlite = sqlite;

    /// <summary>The database file.</summary>
    public string Path => Sqlite.Path;

    internal SqliteDatabase Sqlite { get; }

    /// <summary>Opens <paramref name="home"/>'s database.</summary>
    /// <exception cref="StorageException">It cannot be opened or written.</exception>
    /// <exception cref="InvalidOperationException">A newer build wrote it.</exception>
    public static ThreadDatabase Open(CodexHome home) => new(new SqliteDatabase(FilePath(home)));

    /// <summary>
    /// Opens <paramref name="home"/>'s database for the start-up check: the problem in one line (naming the file
    /// and the cause) and a null <paramref name="database"/>, or null and the opened database.
    /// </summary>
    public static string? TryOpen(CodexHome home, out ThreadDatabase? database)
    {
        database = null;
        try
        {
            database = Open(home);
        }
        catch (StorageException ex)
        {
            return ex.Message;
        }
        catch (InvalidOperationException ex)
        {
            // A database written by a newer build.
            return $"cannot use {FilePath(home)}: {ex.Message}";
        }

        return null;
    }

    private static string FilePath(CodexHome home) => home.Resolve(SqliteDatabase.FileName);
}
