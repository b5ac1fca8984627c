namespace AppServer.IntegrationTests.Storage;

/// <summary>
/// Runs the server with its <c>CODEX_HOME</c> on a small tmpfs of its own (<c>unshare -m</c> + <c>mount</c>, so
/// the mount lives and dies with the server and nobody else sees it). The test reaches the files through
/// <c>/proc/PID/root</c>. Needs root (we are in the dev container and in CI).
/// </summary>
internal static class TmpfsHome
{
    /// <summary>True when tmpfs mounts are possible here.</summary>
    public static bool Available => Environment.UserName == "root" && File.Exists("/usr/bin/unshare");

    /// <summary>
    /// Options for a server whose home is a fresh tmpfs of <paramref name="sizeKb"/> KiB. config.toml written to
    /// <c>CodexHome</c> beforehand is carried over. <paramref name="then"/> runs inside the namespace before the
    /// server starts (e.g. fill the disk, remount read-only).
    /// </summary>
    public static TestServerOptions Options(int sizeKb, string then = "")
    {
        var stage = Path.Combine(Path.GetTempPath(), "appserver-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(stage);
        var script = $"""
            set -e
            [ -f "$CODEX_HOME/config.toml" ] && cp "$CODEX_HOME/config.toml" "{stage}/config.toml"
            mount -t tmpfs -o size={sizeKb}k tmpfs "$CODEX_HOME"
            [ -f "{stage}/config.toml" ] && cp "{stage}/config.toml" "$CODEX_HOME/config.toml"
            rm -rf "{stage}"
            {then}
            exec "$@"
            """;
        return new TestServerOptions { CommandPrefix = ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh"] };
    }

    /// <summary>The server's home as this process sees it (through the server's mount namespace).</summary>
    public static string View(TestServer server) => $"/proc/{server.Process.Id}/root{server.CodexHome}";

    /// <summary>Writes <paramref name="path"/> until the file system is full.</summary>
    public static void Fill(string path)
    {
        var chunk = new byte[16 * 1024];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
        try
        {
            while (true)
            {
                file.Write(chunk);
            }
        }
        catch (IOException)
        {
            // ENOSPC: full.
        }
    }
}

/// <summary>A test that mounts a tmpfs: skipped (with the reason) where that needs a root we do not have.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (!TmpfsHome.Available)
        {
            Skip = "skipped: needs root (mounts a tmpfs with unshare -m)";
        }
    }
}
