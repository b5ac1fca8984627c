using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>Which directories a policy makes writable, and which names stay read-only inside them.</summary>
public static class WritableRoots
{
    /// <summary>Subpaths kept read-only inside every writable root (repository metadata and agent config).</summary>
    public static IReadOnlyList<string> ProtectedNames { get; } = [".git", ".codex", ".agents"];

    /// <summary>
    /// The existing writable directories for <paramref name="policy"/>, parents before children, without
    /// duplicates. Empty for every policy but workspace-write. <paramref name="cwd"/> is the policy's cwd (the
    /// thread's, or the server's for <c>command/exec</c>), never the directory a command asked to run in: that
    /// would let the model make any directory writable by running a command there.
    /// </summary>
    public static IReadOnlyList<string> For(SandboxPolicy policy, string cwd, string? tmpdir, IFileProbe files)
    {
        if (policy is not WorkspaceWritePolicy workspace)
        {
            return [];
        }

        var candidates = new List<string> { cwd };
        candidates.AddRange(workspace.WritableRoots);
        if (!workspace.ExcludeSlashTmp)
        {
            candidates.Add("/tmp");
        }

        if (!workspace.ExcludeTmpdirEnvVar && !string.IsNullOrEmpty(tmpdir) && Path.IsPathRooted(tmpdir))
        {
            candidates.Add(tmpdir);
        }

        return candidates
            .Select(Normalize)
            .Where(files.IsDirectory)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p.Count(c => c == '/'))
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
