namespace AppServer.Sandbox.Executors;

/// <summary>
/// bwrap has to create a mount point on the host to protect a missing <c>.git</c> (or <c>.codex</c>, ...)
/// inside a writable root. This ledger counts the sandboxes using each such directory and removes it,
/// if still empty, when the last one exits, so workspaces are not littered with empty folders.
/// </summary>
public static class MountPointLedger
{
    private static readonly Dictionary<string, int> Users = new(StringComparer.Ordinal);

    /// <summary>Records that a sandbox is about to create/use these mount points.</summary>
    public static void Acquire(IEnumerable<string> paths)
    {
        lock (Users)
        {
            foreach (var path in paths)
            {
                Users[path] = Users.GetValueOrDefault(path) + 1;
            }
        }
    }

    /// <summary>Releases them; the last user removes each directory that is still empty.</summary>
    public static void Release(IEnumerable<string> paths)
    {
        lock (Users)
        {
            foreach (var path in paths)
            {
                var count = Users.GetValueOrDefault(path) - 1;
                if (count > 0)
                {
                    Users[path] = count;
                    continue;
                }

                Users.Remove(path);
                try
                {
                    if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
                    {
                        Directory.Delete(path);
                    }
                }
                catch (IOException)
                {
                    // Someone else is using it now; leaving an empty directory behind is harmless.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
