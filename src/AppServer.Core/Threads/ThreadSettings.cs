namespace AppServer.Core.Threads;

/// <summary>
/// The effective settings a thread runs with. Approval policy is kept as its wire JSON
/// (<c>"on-request"</c> or <c>{"granular":{…}}</c>) and the sandbox as its mode name, so the core does
/// not depend on wire types.
/// </summary>
public sealed record ThreadSettings
{
    public required string Model { get; init; }

    public required string ModelProvider { get; init; }

    public string? ReasoningEffort { get; init; }

    public string? ServiceTier { get; init; }

    /// <summary>Absolute working directory.</summary>
    public required string Cwd { get; init; }

    /// <summary>Approval policy as wire JSON, e.g. <c>"on-request"</c> (with the quotes).</summary>
    public required string ApprovalPolicyJson { get; init; }

    /// <summary><c>read-only</c>, <c>workspace-write</c> or <c>danger-full-access</c>.</summary>
    public required string SandboxMode { get; init; }

    /// <summary>
    /// True when neither the request nor any config layer chose the sandbox: the built-in default applies
    /// (the reference then reports that default as the active permission profile).
    /// </summary>
    public bool SandboxIsDefault { get; init; }

    /// <summary><c>[sandbox_workspace_write]</c> as configured for the thread's cwd (used when the mode is <c>workspace-write</c>).</summary>
    public Config.SandboxWorkspaceWriteSettings? WorkspaceWrite { get; init; }

    /// <summary><c>user</c>, <c>auto_review</c> or <c>guardian_subagent</c>.</summary>
    public string ApprovalsReviewer { get; init; } = "user";

    public string? BaseInstructions { get; init; }

    public string? DeveloperInstructions { get; init; }

    /// <summary>The <c>config</c> overrides object given at start (JSON), or null.</summary>
    public string? ConfigOverridesJson { get; init; }
}
