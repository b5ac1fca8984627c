using AppServer.Core.Threads.Settings;

namespace AppServer.Agent.Turns;

/// <summary>The settings a turn runs with (thread settings plus persisted <c>turn/start</c> overrides).</summary>
public sealed record TurnSettings
{
    public required string Model { get; init; }

    public required string ModelProvider { get; init; }

    /// <summary>Absolute working directory.</summary>
    public required string Cwd { get; init; }

    public string? ReasoningEffort { get; init; }

    /// <summary><c>auto|concise|detailed|none</c>, or null for the model's default.</summary>
    public string? ReasoningSummary { get; init; }

    /// <summary>Config's <c>on-failure</c> arrives here as on-request.</summary>
    public ApprovalPolicy ApprovalPolicy { get; init; } = ApprovalPolicy.OnRequest;

    public SandboxModeKind SandboxMode { get; init; } = SandboxModeKind.ReadOnly;

    public bool NetworkAccess { get; init; }

    /// <summary>Extra writable roots for <c>workspace-write</c>.</summary>
    public IReadOnlyList<string> WritableRoots { get; init; } = [];

    /// <summary>Replaces the built-in base instructions when set.</summary>
    public string? BaseInstructions { get; init; }

    public string? DeveloperInstructions { get; init; }

    /// <summary>The model-facing list of enabled skills for the cwd (<c>&lt;skills_instructions&gt;</c>), or null when there are none.</summary>
    public string? SkillsInstructions { get; init; }

    public string? Personality { get; init; }

    /// <summary>These settings with a <c>turn/start</c>'s overrides applied (a relative cwd resolves against the current one).</summary>
    public TurnSettings With(TurnSettingsOverrides overrides) => this with
    {
        Cwd = overrides.Cwd is { } cwd ? Path.GetFullPath(cwd, Cwd) : Cwd,
        Model = overrides.Model ?? Model,
        ReasoningEffort = overrides.ReasoningEffort ?? ReasoningEffort,
        ReasoningSummary = overrides.ReasoningSummary ?? ReasoningSummary,
        ApprovalPolicy = overrides.ApprovalPolicy ?? ApprovalPolicy,
        SandboxMode = overrides.Sandbox?.Mode ?? SandboxMode,
        NetworkAccess = overrides.Sandbox?.NetworkAccess ?? NetworkAccess,
        WritableRoots = overrides.Sandbox?.WritableRoots ?? WritableRoots,
        Personality = overrides.Personality ?? Personality,
    };
}
