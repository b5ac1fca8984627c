using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>
/// Builds the <c>bwrap</c> argv for a restricted policy: the whole filesystem read-only, writable binds for
/// the writable roots (computed from the policy's cwd, never from where the command runs), read-only protected
/// subpaths inside each root, hidden files covered by an unreadable placeholder, fresh namespaces, and no
/// network unless allowed. Pure: the filesystem is only consulted through <see cref="IFileProbe"/>.
/// </summary>
public static class BubblewrapArguments
{
    /// <summary>The argv (without the <c>bwrap</c> path) and the protected mount points that did not exist yet.</summary>
    public sealed record Result(IReadOnlyList<string> Arguments, IReadOnlyList<string> CreatedMountPoints);

    /// <summary>Builds the arguments that run <paramref name="command"/> under <paramref name="policy"/>.</summary>
    /// <param name="policy"><see cref="ReadOnlyPolicy"/> or <see cref="WorkspaceWritePolicy"/>.</param>
    /// <param name="command">The command argv.</param>
    /// <param name="cwd">Absolute working directory of the command.</param>
    /// <param name="tmpdir">The child's <c>$TMPDIR</c>, if any.</param>
    /// <param name="tty">Whether the command runs on our pseudo-terminal.</param>
    /// <param name="files">Filesystem probe.</param>
    /// <param name="policyCwd">The cwd the policy is rooted at (a writable root under workspace-write); <paramref name="cwd"/> when null.</param>
    /// <param name="hidden">Files to cover, and the unreadable empty file to cover them with.</param>
    /// <param name="readOnly">Directories kept read-only even inside a writable root.</param>
    public static Result Build(
        SandboxPolicy policy, IReadOnlyList<string> command, string cwd, string? tmpdir, bool tty, IFileProbe files,
        string? policyCwd = null, (IReadOnlyList<string> Paths, string Placeholder)? hidden = null, IReadOnlyList<string>? readOnly = null)
    {
        var args = new List<string>();
        // A new session stops the command from pushing keystrokes into a terminal it inherited (TIOCSTI).
        // On a PTY the session was already created around our private terminal, which must stay the
        // controlling terminal so that job control and SIGWINCH keep working.
        if (!tty)
        {
            args.Add("--new-session");
        }

        args.AddRange(["--die-with-parent", "--ro-bind", "/", "/", "--dev", "/dev"]);

        var roots = WritableRoots.For(policy, policyCwd ?? cwd, tmpdir, files);
        foreach (var root in roots)
        {
            args.AddRange(["--bind", root, root]);
        }

        var created = new List<string>();
        foreach (var root in roots)
        {
            foreach (var name in WritableRoots.ProtectedNames)
            {
                var path = Path.Combine(root, name);
                // An empty directory may be another server's mount point that it removes when its sandbox ends
                // (a shared /tmp): binding it would fail then, a tmpfs (which bwrap creates if gone) does not.
                if (files.Exists(path) && !files.IsEmptyDirectory(path))
                {
                    args.AddRange(["--ro-bind", path, path]);
                }
                else
                {
                    // An empty read-only directory stops the command from creating it (e.g. a .git with hooks).
                    args.AddRange(["--perms", "555", "--tmpfs", path, "--remount-ro", path]);
                    if (!files.Exists(path))
                    {
                        created.Add(path);
                    }
                }
            }
        }

        // After the writable binds, so a directory inside a writable root (CODEX_HOME in the workspace) stays read-only.
        foreach (var path in (readOnly ?? []).Where(Path.IsPathRooted).Distinct(StringComparer.Ordinal))
        {
            // Always bound (a no-op outside the roots): a link may put it inside one under another name.
            if (files.IsDirectory(path))
            {
                args.AddRange(["--ro-bind", path, path]);
            }
        }

        // After the writable binds, so a hidden file inside a writable root (CODEX_HOME in the workspace) is covered too.
        if (hidden is { } h)
        {
            AddHidden(args, h.Paths, h.Placeholder, files);
        }

        args.AddRange(["--unshare-user", "--unshare-pid", "--unshare-ipc"]);
        if (!policy.NetworkAccess)
        {
            args.Add("--unshare-net");
        }

        args.AddRange(["--proc", "/proc", "--cap-drop", "ALL", "--chdir", cwd, "--"]);
        args.AddRange(command);
        return new Result(args, created);
    }

    private static void AddHidden(List<string> args, IReadOnlyList<string> paths, string placeholder, IFileProbe files)
    {
        var covered = false;
        foreach (var path in paths.Where(Path.IsPathRooted).Distinct(StringComparer.Ordinal))
        {
            if (files.IsDirectory(path))
            {
                args.AddRange(["--perms", "000", "--tmpfs", path, "--remount-ro", path]);
            }
            else if (files.Exists(path))
            {
                args.AddRange(["--ro-bind", placeholder, path]);
                covered = true;
            }
        }

        if (covered)
        {
            // Read-only in place too, so no sandboxed process (its owner) can chmod it readable or replace it.
            args.AddRange(["--ro-bind", placeholder, placeholder]);
        }
    }
}
