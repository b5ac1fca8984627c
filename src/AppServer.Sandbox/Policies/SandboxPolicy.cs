namespace AppServer.Sandbox.Policies;

/// <summary>
/// What a sandboxed command may do: the core's view of the wire <c>SandboxPolicy</c>. A closed set of
/// records; <see cref="Executors.SandboxSelector"/> maps each to an executor.
/// </summary>
public abstract record SandboxPolicy
{
    /// <summary>Whether the command may open network connections.</summary>
    public abstract bool NetworkAccess { get; }

    /// <summary>The default when nothing is configured: read-only, no network.</summary>
    public static SandboxPolicy Default { get; } = new ReadOnlyPolicy(NetworkAccess: false);
}

/// <summary>No restrictions at all.</summary>
public sealed record DangerFullAccessPolicy : SandboxPolicy
{
    /// <inheritdoc />
    public override bool NetworkAccess => true;
}

/// <summary>Everything readable, nothing writable.</summary>
public sealed record ReadOnlyPolicy(bool NetworkAccess) : SandboxPolicy
{
    /// <inheritdoc />
    public override bool NetworkAccess { get; } = NetworkAccess;
}

/// <summary>The cwd, extra roots, <c>/tmp</c> and <c>$TMPDIR</c> writable; the rest read-only.</summary>
public sealed record WorkspaceWritePolicy(
    IReadOnlyList<string> WritableRoots,
    bool NetworkAccess,
    bool ExcludeTmpdirEnvVar,
    bool ExcludeSlashTmp) : SandboxPolicy
{
    /// <inheritdoc />
    public override bool NetworkAccess { get; } = NetworkAccess;
}

/// <summary>The caller sandboxes the whole server; commands run as they are.</summary>
public sealed record ExternalSandboxPolicy(bool NetworkAccess) : SandboxPolicy
{
    /// <inheritdoc />
    public override bool NetworkAccess { get; } = NetworkAccess;
}
