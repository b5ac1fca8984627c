using AppServer.Core.Home;
using AppServer.Core.Threads;

namespace AppServer.Host.Hosting;

/// <summary>
/// Before serving: <c>CODEX_HOME</c> must exist, take a small write and hold an openable, writable database.
/// A home that is full, read-only or not ours stops the server with one line naming the path and the cause
/// (instead of a stack trace, or turns that fail later).
/// </summary>
internal static class HomeStartupCheck
{
    // Room for a few database pages and the WAL's first frames: less than this and the first turn fails.
    private const int ProbeBytes = 64 * 1024;

    /// <summary>
    /// The problem, ready for stderr, or null when the home is usable; then <paramref name="database"/> is the
    /// opened, migrated database, for the server to use rather than open it a second time.
    /// </summary>
    public static string? Problem(CodexHome home, out ThreadDatabase? database)
    {
        database = null;
        return DirectoryProblem(home) ?? DatabaseProblem(home, out database);
    }

    /// <summary>
    /// <see cref="DatabaseProblem"/> on its own thread, so that opening (or creating and migrating) the database,
    /// the slow part of the check, runs while the host is built and the first request is read.
    /// </summary>
    public static Task<(string? Problem, ThreadDatabase? Database)> DatabaseProblemAsync(CodexHome home)
        => Task.Factory.StartNew(
            () => (DatabaseProblem(home, out var database), database),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    /// <summary>The first half of the check: the directory exists (or is created) and takes a small write.</summary>
    public static string? DirectoryProblem(CodexHome home)
    {
        try
        {
            home.EnsureExists();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot create CODEX_HOME {home.Path}: {Cause(ex)}";
        }

        var probe = home.Resolve($".appserver-write-check-{Environment.ProcessId}");
        try
        {
            using (var stream = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.DeleteOnClose))
            {
                // Local file systems report ENOSPC at write(); no fsync, which would cost start-up time.
                stream.Write(new byte[ProbeBytes]);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            return $"CODEX_HOME {home.Path} is not writable: {Cause(ex)}";
        }

        return null;
    }

    /// <summary>The second half: the database opens writable and is migrated; <paramref name="database"/> is it.</summary>
    public static string? DatabaseProblem(CodexHome home, out ThreadDatabase? database) => ThreadDatabase.TryOpen(home, out database);

    /// <summary>The OS cause in words (<c>No space left on device</c>) rather than .NET's message with the path.</summary>
    private static string Cause(Exception ex) => ex switch
    {
        IOException { HResult: 28 } => "no space left on device (ENOSPC)",
        IOException { HResult: 30 } => "read-only file system (EROFS)",
        IOException { HResult: 122 } => "disk quota exceeded (EDQUOT)",
        UnauthorizedAccessException when ex.InnerException is IOException { HResult: 30 } => "read-only file system (EROFS)",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
