namespace AppServer.Sandbox.Executors;

/// <summary>
/// An empty file with mode 000 that bubblewrap binds (read-only) over every hidden file. A sandboxed process
/// has no capabilities, so even its owner (or root) gets EACCES opening it; the bind is read-only, so it cannot
/// chmod it either. It lives in a private (0700) temporary directory created for this server process.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class HiddenPlaceholder
{
    private static readonly Lock Gate = new();
    private static string? _path;

    /// <summary>The placeholder's path, (re)creating it when needed.</summary>
    public static string Path()
    {
        lock (Gate)
        {
            if (_path is not null && File.Exists(_path))
            {
                return _path;
            }

            var directory = Directory.CreateTempSubdirectory("appserver-hidden-").FullName;
            var path = System.IO.Path.Combine(directory, "hidden");
            using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.None }))
            {
            }

            File.SetUnixFileMode(path, UnixFileMode.None); // the umask cannot add bits, but be explicit
            if (_path is null)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();
            }

            _path = path;
            return path;
        }
    }

    private static void Remove()
    {
        lock (Gate)
        {
            try
            {
                if (_path is not null)
                {
                    File.Delete(_path);
                    Directory.Delete(System.IO.Path.GetDirectoryName(_path)!);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Leaving an empty file in the temp folder is harmless.
            }
        }
    }
}
