namespace AppServer.Core.FileSearch;

/// <summary>
/// The canonical form of a path with every symbolic link along it resolved, like realpath(3). .NET only
/// resolves the last component's link, which lets a link inside a followed link (or one pointing at ".")
/// masquerade as a new folder; loop detection needs the real location.
/// </summary>
internal static class RealPath
{
    private const int MaxLinkHops = 40; // Linux's own limit (ELOOP)

    /// <summary>The real path of <paramref name="path"/> (absolute), or null when the links loop.</summary>
    public static string? Of(string path)
    {
        var pending = new Stack<string>(Parts(Path.GetFullPath(path)).Reverse());
        var resolved = "/";
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? "/";
                continue;
            }

            var next = resolved == "/" ? "/" + part : resolved + "/" + part;
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                target = null;
            }

            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }

            if (target.StartsWith('/'))
            {
                resolved = "/";
            }
        }

        return resolved;
    }

    private static string[] Parts(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
