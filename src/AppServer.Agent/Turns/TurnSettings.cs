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

    /// <summary><c>untrusted|on-request|never|granular</c> (config's <c>on-failure</c> arrives here as <c>on-request</c>).</summary>
    public string ApprovalPolicy { get; init; } = "on-request";

    /// <summary>The switches when <see cref="ApprovalPolicy"/> is <c>granular</c>.</summary>
    public Approvals.GranularApproval? GranularApproval { get; init; }

    /// <summary><c>read-only|workspace-write|danger-full-access|external-sandbox</c>.</summary>
    public string SandboxMode { get; init; } = "read-only";

    public bool NetworkAccess { get; init; }

    /// <summary>Extra writable roots for <c>workspace-write</c>.</summary>
    public IReadOnlyList<string> WritableRoots { get; init; } = [];

    /// <summary>Replaces the built-in base instructions when set.</summary>
    public string? BaseInstructions { get; init; }

    public string? DeveloperInstructions { get; init; }

    /// <summary>The model-facing list of enabled skills for the cwd (<c>&lt;skills_instructions&gt;</c>), or null when there are none.</summary>
    public string? SkillsInstructions { get; init; }

    public string? Personality { get; init; }
}
