namespace AppServer.Core.Threads.Settings;

/// <summary>The sandbox a thread's commands run in.</summary>
public enum SandboxModeKind
{
    /// <summary><c>read-only</c>: reads anywhere, writes nowhere (the default).</summary>
    ReadOnly,

    /// <summary><c>workspace-write</c>: writes in the cwd and the configured writable roots.</summary>
    WorkspaceWrite,

    /// <summary><c>danger-full-access</c>: no sandbox.</summary>
    DangerFullAccess,

    /// <summary><c>external-sandbox</c>: the client runs the agent in its own sandbox (turn-level only, never stored on the thread).</summary>
    ExternalSandbox,
}

/// <summary>The config/row spelling of <see cref="SandboxModeKind"/> (<c>read-only</c>, <c>workspace-write</c>…).</summary>
internal static class SandboxModes
{
    /// <summary>The kebab-case name used by config files, requirements and the thread row.</summary>
    public static string Name(this SandboxModeKind mode) => mode switch
    {
        SandboxModeKind.WorkspaceWrite => "workspace-write",
        SandboxModeKind.DangerFullAccess => "danger-full-access",
        SandboxModeKind.ExternalSandbox => "external-sandbox",
        _ => "read-only",
    };

    /// <summary>Reads a name; false for anything unknown.</summary>
    public static bool TryParse(string? name, out SandboxModeKind mode)
    {
        mode = name switch
        {
            "read-only" => SandboxModeKind.ReadOnly,
            "workspace-write" => SandboxModeKind.WorkspaceWrite,
            "danger-full-access" => SandboxModeKind.DangerFullAccess,
            "external-sandbox" => SandboxModeKind.ExternalSandbox,
            _ => (SandboxModeKind)(-1),
        };
        return Enum.IsDefined(mode);
    }

    /// <summary>Reads a name; anything unknown is read-only, the most restrictive mode (config has validated it already).</summary>
    public static SandboxModeKind Parse(string? name) => TryParse(name, out var mode) ? mode : SandboxModeKind.ReadOnly;
}
