using AppServer.Agent.Approvals;

namespace AppServer.Agent.Tools;

/// <summary>
/// What the tools read of a turn's settings: the model (which spec to offer), the working directory, and the
/// approval and sandbox settings. Declared on the tools' side so the tools do not depend on the loop that calls
/// them; the loop fills it from its own settings.
/// </summary>
public sealed record ToolTurnSettings
{
    public required string Model { get; init; }

    /// <summary>Absolute working directory.</summary>
    public required string Cwd { get; init; }

    /// <summary><c>untrusted|on-request|never|granular</c>.</summary>
    public string ApprovalPolicy { get; init; } = "on-request";

    /// <summary>The switches when <see cref="ApprovalPolicy"/> is <c>granular</c>.</summary>
    public GranularApproval? GranularApproval { get; init; }

    /// <summary><c>read-only|workspace-write|danger-full-access|external-sandbox</c>.</summary>
    public string SandboxMode { get; init; } = "read-only";

    public bool NetworkAccess { get; init; }

    /// <summary>Extra writable roots for <c>workspace-write</c>.</summary>
    public IReadOnlyList<string> WritableRoots { get; init; } = [];
}
