using System.Collections.Concurrent;
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
internal static class FileTreeWalker
{
    private readonly record struct RawEntry(string RelativePath, bool IsDirectory, bool IsLinkToDirectory);

    /// <summary>
    /// Walks <paramref name="root"/> (absolute); empty when it is not a folder. Folders of one depth are listed in
    /// parallel, so the order of the entries is unspecified.
    /// </summary>
    public static List<WalkedEntry> Walk(string root, CancellationToken cancellation = default)
    {
        var found = new List<WalkedEntry>();
        if (!Directory.Exists(root))
        {
            return found;
        }

        var inheritedRules = new List<IgnoreFile>();
        bool inRepo = CollectAncestorRules(root, inheritedRules);
        var visited = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var rootReal = RealPath.Of(root) ?? root;
        visited.TryAdd(rootReal, true);
        var level = new List<Folder> { new(root, "", inheritedRules, rootReal, RulesLoaded: true) };
        var options = new ParallelOptions { CancellationToken = cancellation };
        while (level.Count > 0)
        {
            var results = new (List<WalkedEntry> Entries, List<Folder> Children)[level.Count];
            Parallel.For(0, level.Count, options, i => results[i] = ListFolder(level[i], inRepo, visited));
            level = [];
            // One growth per depth rather than repeated doubling of what becomes a large-object array.
            found.EnsureCapacity(found.Count + results.Sum(r => r.Entries.Count));
            foreach (var (entries, children) in results)
            {
                found.AddRange(entries);
                level.AddRange(children);
            }
        }

        return found;
    }

    /// <summary>A folder to list; <paramref name="RealPath"/> is where it really is (links resolved), for loop checks.</summary>
    private readonly record struct Folder(string FullPath, string Relative, List<IgnoreFile> Rules, string RealPath, bool RulesLoaded = false);

    private static (List<WalkedEntry>, List<Folder>) ListFolder(Folder folder, bool inRepo, ConcurrentDictionary<string, bool> visited)
    {
        var (dir, relative, rules, real, loaded) = folder;
        int nameStart = relative.Length == 0 ? 0 : relative.Length + 1;
        var listing = List(dir, relative);
        if (!loaded)
        {
            // The listing tells which ignore files exist, so absent ones cost no probe (and no exception).
            var present = RuleFilesIn(listing, nameStart);
            if (present != RuleFiles.None && LoadRules(dir, inRepo, present) is { Count: > 0 } local)
            {
                rules = [.. rules, .. local];
            }
        }

        var entries = new List<WalkedEntry>();
        var children = new List<Folder>();
        // Each entry's absolute path is only needed to test the ignore rules (and for folders): it is assembled in one
        // reusable buffer rather than allocated per file.
        string prefix = dir.EndsWith('/') ? dir : dir + "/";
        var pathBuffer = new char[prefix.Length + 256];
        prefix.CopyTo(pathBuffer);
        foreach (var entry in listing)
        {
            var name = entry.RelativePath.AsSpan(nameStart);
            if (pathBuffer.Length < prefix.Length + name.Length)
            {
                Array.Resize(ref pathBuffer, (prefix.Length + name.Length) * 2);
            }

            name.CopyTo(pathBuffer.AsSpan(prefix.Length));
            var full = pathBuffer.AsSpan(0, prefix.Length + name.Length);
            if (IsIgnored(rules, full, entry.IsDirectory))
            {
                continue;
            }

            entries.Add(new WalkedEntry(entry.RelativePath, nameStart, entry.IsDirectory));
            if (entry.IsDirectory)
            {
                string fullPath = full.ToString();
                if (!entry.IsLinkToDirectory)
                {
                    children.Add(new Folder(fullPath, entry.RelativePath, rules, real == "/" ? "/" + name.ToString() : string.Concat(real, "/", name)));
                }
                else if (FollowableLink(fullPath, real, visited) is { } linkReal)
                {
                    children.Add(new Folder(fullPath, entry.RelativePath, rules, linkReal));
                }
            }
        }

        return (entries, children);
    }

    /// <summary>Lists <paramref name="dir"/>, whose path relative to the root is <paramref name="relative"/>.</summary>
    private static List<RawEntry> List(string dir, string relative)
    {
        try
        {
            var entries = new FileSystemEnumerable<RawEntry>(
                dir,
                (ref FileSystemEntry e) => ToRawEntry(ref e, relative),
                new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false });
            return entries.ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static RawEntry ToRawEntry(ref FileSystemEntry e, string relative)
    {
        // IsDirectory comes with the listing and follows links. Attributes costs an lstat per entry (it dominated the
        // walk), so only folders pay it, to tell real ones from links; a link to a file or a broken link is a file.
        bool isLink = e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0;
        string path = relative.Length == 0 ? e.FileName.ToString() : string.Concat(relative.AsSpan(), "/", e.FileName);
        return new RawEntry(path, e.IsDirectory, isLink);
    }

    /// <summary>
    /// The real path of a link to a folder when it may be followed: not to the folder it sits in or any of that
    /// folder's ancestors (a loop), and not to a folder already visited. Null otherwise.
    /// </summary>
    private static string? FollowableLink(string link, string parentReal, ConcurrentDictionary<string, bool> visited)
    {
        var target = RealPath.Of(link);
        if (target is null || target == "/" || parentReal == target || parentReal.StartsWith(target + "/", StringComparison.Ordinal))
        {
            return null;
        }

        return visited.TryAdd(target, true) ? target : null;
    }

    private static bool IsIgnored(List<IgnoreFile> rules, ReadOnlySpan<char> fullPath, bool isDirectory)
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

    [Flags]
    private enum RuleFiles { None = 0, GitFolder = 1, GitIgnore = 2, Ignore = 4 }

    private static RuleFiles RuleFilesIn(List<RawEntry> listing, int nameStart)
    {
        var present = RuleFiles.None;
        foreach (var entry in listing)
        {
            var name = entry.RelativePath.AsSpan(nameStart);
            if (name.Length > 0 && name[0] == '.')
            {
                present |= name switch
                {
                    ".git" when entry.IsDirectory => RuleFiles.GitFolder,
                    ".gitignore" => RuleFiles.GitIgnore,
                    ".ignore" => RuleFiles.Ignore,
                    _ => RuleFiles.None,
                };
            }
        }

        return present;
    }

    private static List<IgnoreFile> LoadRules(string dir, bool inRepo)
    {
        var present = (Directory.Exists(Path.Join(dir, ".git")) ? RuleFiles.GitFolder : RuleFiles.None)
            | (Path.Exists(Path.Join(dir, ".gitignore")) ? RuleFiles.GitIgnore : RuleFiles.None)
            | (Path.Exists(Path.Join(dir, ".ignore")) ? RuleFiles.Ignore : RuleFiles.None);
        return LoadRules(dir, inRepo, present);
    }

    private static List<IgnoreFile> LoadRules(string dir, bool inRepo, RuleFiles present)
    {
        var found = new List<IgnoreFile>();
        if (inRepo)
        {
            if (present.HasFlag(RuleFiles.GitFolder) && IgnoreFile.Load(Path.Join(dir, ".git", "info", "exclude"), dir) is { } exclude)
            {
                found.Add(exclude);
            }

            if (present.HasFlag(RuleFiles.GitIgnore) && IgnoreFile.Load(Path.Join(dir, ".gitignore"), dir) is { } gitignore)
            {
                found.Add(gitignore);
            }
        }

        if (present.HasFlag(RuleFiles.Ignore) && IgnoreFile.Load(Path.Join(dir, ".ignore"), dir) is { } ignore)
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
            rules.AddRange(LoadRules(chain[i], inRepo));
        }

        return inRepo;
    }
}
