using System.IO.Enumeration;

namespace AppServer.Core.FileSearch;

/// <summary>One file or folder found under a search root.</summary>
/// <param name="RelativePath">Path relative to the root, '/'-separated.</param>
/// <param name="NameStart">Where the last component starts in <paramref name="RelativePath"/>.</param>
/// <param name="IsDirectory">True for folders (and links to folders).</param>
public readonly record struct WalkedEntry(string RelativePath, int NameStart, bool IsDirectory);

/// <summary>
/// Lists everything under a root the way the reference's search does: hidden entries included, symbolic links
/// followed (each real folder visited once), <c>.ignore</c> files honoured everywhere and <c>.gitignore</c> /
/// <c>.git/info/exclude</c> only inside a git repository.
/// </summary>
public static class FileTreeWalker
{
    private readonly record struct RawEntry(string Name, bool IsDirectory, bool IsLink);

    /// <summary>Walks <paramref name="root"/> (absolute); yields nothing when it is not a folder.</summary>
    public static IEnumerable<WalkedEntry> Walk(string root, CancellationToken cancellation = default)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var inheritedRules = new List<IgnoreFile>();
        bool inRepo = CollectAncestorRules(root, inheritedRules);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string FullPath, string Relative, List<IgnoreFile> Rules)>();
        stack.Push((root, "", inheritedRules));
        TryMarkVisited(root, visited);

        while (stack.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var (dir, relative, parentRules) = stack.Pop();
            var rules = parentRules;
            var local = LoadRules(dir, inRepo, relative.Length == 0 && inheritedRules.Count > 0);
            if (local.Count > 0)
            {
                rules = [.. parentRules, .. local];
            }

            foreach (var entry in List(dir))
            {
                string full = Path.Join(dir, entry.Name);
                bool isDirectory = entry.IsDirectory || (entry.IsLink && Directory.Exists(full));
                string rel = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (IsIgnored(rules, full, isDirectory))
                {
                    continue;
                }

                yield return new WalkedEntry(rel, relative.Length == 0 ? 0 : relative.Length + 1, isDirectory);
                if (isDirectory && (!entry.IsLink || TryMarkVisited(full, visited)))
                {
                    stack.Push((full, rel, rules));
                }
            }
        }
    }

    private static List<RawEntry> List(string dir)
    {
        try
        {
            var entries = new FileSystemEnumerable<RawEntry>(
                dir,
                (ref FileSystemEntry e) => new RawEntry(e.FileName.ToString(), e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false });
            var list = entries.ToList();
            list.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name)); // the stack pops them back in name order
            return list;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool TryMarkVisited(string dir, HashSet<string> visited)
    {
        try
        {
            var real = new DirectoryInfo(dir).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(dir);
            return visited.Add(real);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsIgnored(List<IgnoreFile> rules, string fullPath, bool isDirectory)
    {
        // The deepest file that has an opinion wins; within a file the last matching line wins.
        for (int i = rules.Count - 1; i >= 0; i--)
        {
            var file = rules[i];
            // Rule files sit in the entry's ancestors, so the relative path is a plain suffix.
            var baseDir = file.BaseDirectory;
            var relative = baseDir == "/" ? fullPath[1..] : fullPath[(baseDir.Length + 1)..];
            if (file.Verdict(relative, isDirectory) is { } verdict)
            {
                return verdict;
            }
        }

        return false;
    }

    private static List<IgnoreFile> LoadRules(string dir, bool inRepo, bool alreadyLoaded)
    {
        var found = new List<IgnoreFile>();
        if (alreadyLoaded)
        {
            return found;
        }

        if (inRepo)
        {
            if (Directory.Exists(Path.Join(dir, ".git")) && IgnoreFile.Load(Path.Join(dir, ".git", "info", "exclude"), dir) is { } exclude)
            {
                found.Add(exclude);
            }

            if (IgnoreFile.Load(Path.Join(dir, ".gitignore"), dir) is { } gitignore)
            {
                found.Add(gitignore);
            }
        }

        if (IgnoreFile.Load(Path.Join(dir, ".ignore"), dir) is { } ignore)
        {
            found.Add(ignore);
        }

        return found;
    }

    /// <summary>
    /// Finds whether <paramref name="root"/> is inside a git repository and, if so, loads the ignore files of the
    /// folders from the repository's top down to the root (inclusive), outermost first.
    /// </summary>
    private static bool CollectAncestorRules(string root, List<IgnoreFile> rules)
    {
        var chain = new List<string>();
        string? repoTop = null;
        for (var dir = root; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            chain.Add(dir);
            if (Path.Exists(Path.Join(dir, ".git")))
            {
                repoTop = dir;
                break;
            }
        }

        bool inRepo = repoTop is not null;
        if (!inRepo)
        {
            chain = [root];
        }

        for (int i = chain.Count - 1; i >= 0; i--)
        {
            rules.AddRange(LoadRules(chain[i], inRepo, alreadyLoaded: false));
        }

        return inRepo;
    }
}
