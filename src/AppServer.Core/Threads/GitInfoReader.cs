namespace AppServer.Core.Threads;

/// <summary>Git metadata of a working directory.</summary>
public sealed record GitMetadata(string? Sha, string? Branch, string? OriginUrl);

/// <summary>
/// Reads branch, commit and origin URL straight from the <c>.git</c> directory (no <c>git</c> process:
/// thread/start stays fast). Returns null outside a repository.
/// </summary>
internal static class GitInfoReader
{
    public static GitMetadata? Detect(string cwd)
    {
        try
        {
            var gitDir = FindGitDir(cwd);
            if (gitDir is null)
            {
                return null;
            }

            var head = ReadTrimmed(Path.Combine(gitDir, "HEAD"));
            string? branch = null;
            string? sha;
            if (head is not null && head.StartsWith("ref: ", StringComparison.Ordinal))
            {
                var reference = head["ref: ".Length..].Trim();
                branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference["refs/heads/".Length..] : reference;
                sha = ResolveRef(gitDir, reference);
            }
            else
            {
                sha = head;
            }

            return new GitMetadata(sha, branch, ReadOriginUrl(gitDir));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? FindGitDir(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            // Worktrees and submodules: ".git" is a file "gitdir: <path>".
            if (File.Exists(candidate) && ReadTrimmed(candidate) is { } pointer && pointer.StartsWith("gitdir: ", StringComparison.Ordinal))
            {
                var target = pointer["gitdir: ".Length..].Trim();
                return Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(dir.FullName, target));
            }
        }

        return null;
    }

    private static string? ResolveRef(string gitDir, string reference)
    {
        // Linked worktrees keep shared refs in the common directory.
        var commonDir = ReadTrimmed(Path.Combine(gitDir, "commondir")) is { } common
            ? Path.GetFullPath(Path.Combine(gitDir, common))
            : gitDir;
        foreach (var dir in new[] { gitDir, commonDir })
        {
            if (ReadTrimmed(Path.Combine(dir, reference)) is { Length: > 0 } loose)
            {
                return loose;
            }
        }

        var packed = Path.Combine(commonDir, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var parts = line.Split(' ', 2);
                if (parts.Length == 2 && parts[1].Trim() == reference)
                {
                    return parts[0];
                }
            }
        }

        return null;
    }

    private static string? ReadOriginUrl(string gitDir)
    {
        var commonDir = ReadTrimmed(Path.Combine(gitDir, "commondir")) is { } common
            ? Path.GetFullPath(Path.Combine(gitDir, common))
            : gitDir;
        var config = Path.Combine(commonDir, "config");
        if (!File.Exists(config))
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in File.ReadLines(config))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = line.Replace(" ", "", StringComparison.Ordinal) == "[remote\"origin\"]";
                continue;
            }

            if (inOrigin && line.StartsWith("url", StringComparison.Ordinal) && line.IndexOf('=') is var eq and > 0)
            {
                return line[(eq + 1)..].Trim();
            }
        }

        return null;
    }

    private static string? ReadTrimmed(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;
}
