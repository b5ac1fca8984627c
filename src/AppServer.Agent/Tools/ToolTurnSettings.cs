using AppServer.Core.Threads.Settings;

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

    public ApprovalPolicy ApprovalPolicy { get; init; } = ApprovalPolicy.OnRequest;

    public SandboxModeKind SandboxMode { get; init; } = SandboxModeKind.ReadOnly;

    public bool NetworkAccess { get; init; }

    /// <summary>Extra writable roots for <c>workspace-write</c>.</summary>
    public IReadOnlyList<string> WritableRoots { get; init; } = [];
}
