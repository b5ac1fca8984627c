namespace AppServer.Core.Files;

/// <summary>Path helpers.</summary>
internal static class PathResolution
{
    /// <summary>
    /// Resolves every symbolic link in <paramref name="path"/> (like realpath(3)); the part that does not
    /// exist yet is kept as written.
    /// </summary>
    public static string Canonicalize(string path) => Canonicalize(path, depth: 0);

    private static string Canonicalize(string path, int depth)
    {
        var current = "/";
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (depth < 40 && new FileInfo(next).LinkTarget is { } target)
            {
                next = Canonicalize(Path.GetFullPath(target, current), depth + 1);
            }

            current = next;
        }

        return current;
    }
}
