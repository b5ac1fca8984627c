using AppServer.Core.Threads.Settings;

namespace AppServer.Core.Threads;

/// <summary>What a client asked for in <c>thread/start</c>, <c>thread/resume</c> or <c>thread/fork</c>; null = not given.</summary>
public sealed record ThreadSettingsOverrides
{
    public string? Model { get; init; }

    public string? ModelProvider { get; init; }

    public string? ServiceTier { get; init; }

    /// <summary>Absolute working directory (the handler resolves relative paths).</summary>
    public WorkingDirectory? Cwd { get; init; }

    public ApprovalPolicy? ApprovalPolicy { get; init; }

    public SandboxModeKind? SandboxMode { get; init; }

    public ApprovalsReviewerKind? ApprovalsReviewer { get; init; }

    public string? BaseInstructions { get; init; }

    public string? DeveloperInstructions { get; init; }

    /// <summary>The request's <c>config</c> object as JSON (dotted keys → values).</summary>
    public string? ConfigOverridesJson { get; init; }

    /// <summary>True when the request asked for anything at all.</summary>
    public bool HasAny => this != Empty;

    /// <summary>No overrides.</summary>
    public static ThreadSettingsOverrides Empty { get; } = new();
}
