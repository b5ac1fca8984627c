using AppServer.Core.FileSearch;
using AppServer.Storage.Sqlite;

namespace AppServer.Agent.Exec;

/// <summary>
/// The server's own secrets under <c>$CODEX_HOME</c>: the stored login (<c>auth.json</c>, and Codex's MCP
/// credentials file) and AppServer's database with its WAL/journal files, which hold every thread's
/// conversation. Restricted sandboxes cover them so a model's command cannot read them, and the model's file
/// tools (apply_patch, view_image) refuse them. The home itself stays read-only in sandboxes (its config and
/// rules decide what runs unsandboxed), and patches into it need the user's approval.
/// </summary>
internal static class SandboxHiddenFiles
{
    /// <summary>The hidden paths for a home directory (whether they exist or not).</summary>
    public static IReadOnlyList<string> For(string codexHome) =>
    [
        Path.Combine(codexHome, "auth.json"),
        Path.Combine(codexHome, ".credentials.json"),
        Path.Combine(codexHome, SqliteDatabase.FileName),
        Path.Combine(codexHome, SqliteDatabase.FileName + "-wal"),
        Path.Combine(codexHome, SqliteDatabase.FileName + "-shm"),
        Path.Combine(codexHome, SqliteDatabase.FileName + "-journal"),
    ];

    /// <summary>
    /// True when <paramref name="path"/> is one of them once every symbolic link is resolved on both sides, so
    /// a link (or a hard-to-spot spelling like <c>a/../auth.json</c>) does not get around the check.
    /// </summary>
    public static bool IsHidden(string codexHome, string path)
    {
        var real = RealPath.Of(path);
        return real is null || For(codexHome).Any(h => string.Equals(RealPath.Of(h) ?? h, real, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="path"/> (links resolved) is the home or inside it: no patch writes there unasked.</summary>
    public static bool IsInHome(string codexHome, string path)
    {
        var real = RealPath.Of(path);
        var home = RealPath.Of(codexHome) ?? codexHome;
        return real is null || real == home || real.StartsWith(home.TrimEnd('/') + "/", StringComparison.Ordinal);
    }
}
