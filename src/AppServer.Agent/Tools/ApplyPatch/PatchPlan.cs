namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>What one file will go through.</summary>
public enum FileChangeKind
{
    Add,
    Delete,
    Update,
}

/// <summary>
/// One verified file change: absolute paths, the content before (null when the file is new) and after
/// (null when deleted), and how the patch named it (for the <c>A/M/D</c> summary).
/// </summary>
public sealed record PlannedFileChange(FileChangeKind Kind, string Path, string? MovePath, string DisplayPath, string? OldContent, string? NewContent)
{
    /// <summary>The <c>fileChange</c> item's diff: the file content for adds and deletes, a bare unified hunk for updates.</summary>
    public string ItemDiff => Kind switch
    {
        FileChangeKind.Add => NewContent ?? "",
        FileChangeKind.Delete => OldContent ?? "",
        _ => LineDiff.Hunks(OldContent ?? "", NewContent ?? ""),
    };

    /// <summary>Every path this change writes or removes, as the patch named it (made absolute).</summary>
    public IEnumerable<string> TouchedPaths => MovePath is null ? [Path] : [Path, MovePath];

    /// <summary>
    /// Where the change really lands, every symbolic link resolved: the file a write goes through a link to, or
    /// for a delete (and a move's source) the directory entry itself. <see cref="Path"/> when not resolved.
    /// </summary>
    public string Target { get => _target ?? Path; init => _target = value; }

    /// <summary>The real destination of a move (see <see cref="Target"/>).</summary>
    public string? MoveTarget { get => _moveTarget ?? MovePath; init => _moveTarget = value; }

    /// <summary>Every real path this change writes or removes: what the sandbox roots are checked against.</summary>
    public IEnumerable<string> Targets => MoveTarget is null ? [Target] : [Target, MoveTarget];

    private readonly string? _target;
    private readonly string? _moveTarget;
}

/// <summary>A patch verified against the disk and ready to write; nothing has been changed yet.</summary>
public sealed record PatchPlan(IReadOnlyList<PlannedFileChange> Changes)
{
    /// <summary>The reference's success text: <c>Success. Updated the following files:\nA x\nM y\nD z\n</c>.</summary>
    public string Summary
    {
        get
        {
            var sb = new System.Text.StringBuilder("Success. Updated the following files:\n");
            foreach (var c in Changes)
            {
                sb.Append(c.Kind switch { FileChangeKind.Add => 'A', FileChangeKind.Delete => 'D', _ => 'M' }).Append(' ').Append(c.DisplayPath).Append('\n');
            }

            return sb.ToString();
        }
    }
}
