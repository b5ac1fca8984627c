namespace AppServer.Agent.Approvals;

/// <summary>How much the sandbox lets a command do to the file system.</summary>
public enum SandboxScopeKind
{
    ReadOnly,
    WorkspaceWrite,
    DangerFullAccess,

    /// <summary>The caller is already sandboxed; we enforce nothing ourselves.</summary>
    External,
}

/// <summary>
/// The file-system side of a sandbox policy as the approval engine sees it: its kind and the absolute writable
/// roots (cwd, extra roots, /tmp, $TMPDIR as applicable). Inside a root, <c>.git</c>, <c>.codex</c> and
/// <c>.agents</c> stay read-only.
/// </summary>
public sealed record SandboxScope(SandboxScopeKind Kind, IReadOnlyList<string> WritableRoots)
{
    /// <summary>Names that stay read-only inside every writable root.</summary>
    public static IReadOnlyList<string> ProtectedNames { get; } = [".git", ".codex", ".agents"];

    /// <summary>Paths no patch may write without the user's say-so (the server's home), even inside a root.</summary>
    public Func<string, bool> IsProtected { get; init; } = static _ => false;

    /// <summary>True when the sandbox restricts file-system writes (read-only or workspace-write).</summary>
    public bool RestrictsFileSystem => Kind is SandboxScopeKind.ReadOnly or SandboxScopeKind.WorkspaceWrite;

    /// <summary>True when the sandbox would let a process write <paramref name="path"/> (absolute).</summary>
    public bool CanWrite(string path)
    {
        if (!RestrictsFileSystem)
        {
            return true;
        }

        if (Kind == SandboxScopeKind.ReadOnly)
        {
            return false;
        }

        var full = Path.GetFullPath(path);
        if (IsProtected(full))
        {
            return false;
        }

        foreach (var root in WritableRoots)
        {
            var rel = Path.GetRelativePath(Path.GetFullPath(root), full);
            if (rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(rel))
            {
                continue;
            }

            var first = rel.Split('/')[0];
            if (!ProtectedNames.Contains(first, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
