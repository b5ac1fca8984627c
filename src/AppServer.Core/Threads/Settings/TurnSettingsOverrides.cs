namespace AppServer.Core.Threads.Settings;

/// <summary>
/// What a <c>turn/start</c> asked to change, typed; null = not given. The overrides apply to this turn and
/// persist for later ones (the thread row keeps model, cwd, effort, approval policy and sandbox mode).
/// </summary>
public sealed record TurnSettingsOverrides
{
    /// <summary>Working directory; a relative path is resolved against the thread's current cwd.</summary>
    public string? Cwd { get; init; }

    public string? Model { get; init; }

    public string? ReasoningEffort { get; init; }

    /// <summary><c>auto|concise|detailed|none</c>.</summary>
    public string? ReasoningSummary { get; init; }

    public ApprovalPolicy? ApprovalPolicy { get; init; }

    public SandboxOverride? Sandbox { get; init; }

    public string? Personality { get; init; }
}

/// <summary>A turn's sandbox: the mode with its network switch and extra writable roots (workspace-write only).</summary>
public sealed record SandboxOverride(SandboxModeKind Mode, bool NetworkAccess, IReadOnlyList<string> WritableRoots);
