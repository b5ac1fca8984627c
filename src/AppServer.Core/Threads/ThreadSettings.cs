using AppServer.Core.Threads.Settings;

namespace AppServer.Core.Threads;

/// <summary>
/// The effective settings a thread runs with, typed. Strings appear only at the edges: the Host's wire
/// mapping, config parsing and the thread row (<see cref="ThreadSettingsJson"/>).
/// </summary>
public sealed record ThreadSettings
{
    public required string Model { get; init; }

    public required string ModelProvider { get; init; }

    public string? ReasoningEffort { get; init; }

    public string? ServiceTier { get; init; }

    public required WorkingDirectory Cwd { get; init; }

    public required ApprovalPolicy ApprovalPolicy { get; init; }

    /// <summary>Read-only, workspace-write or danger-full-access (external-sandbox is turn-level only).</summary>
    public required SandboxModeKind SandboxMode { get; init; }

    /// <summary>
    /// True when neither the request nor any config layer chose the sandbox: the built-in default applies
    /// (the reference then reports that default as the active permission profile).
    /// </summary>
    public bool SandboxIsDefault { get; init; }

    /// <summary><c>[sandbox_workspace_write]</c> as configured for the thread's cwd (used when the mode is <c>workspace-write</c>).</summary>
    public Config.SandboxWorkspaceWriteSettings? WorkspaceWrite { get; init; }

    public ApprovalsReviewerKind ApprovalsReviewer { get; init; } = ApprovalsReviewerKind.User;

    public string? BaseInstructions { get; init; }

    public string? DeveloperInstructions { get; init; }

    /// <summary>The <c>config</c> overrides object given at start (JSON), or null.</summary>
    public string? ConfigOverridesJson { get; init; }
}
