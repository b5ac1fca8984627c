using System.Text.Json.Nodes;
using AppServer.Config.Models;

namespace AppServer.Config;

/// <summary><c>[sandbox_workspace_write]</c>: what the workspace-write sandbox adds to the workspace.</summary>
public sealed record SandboxWorkspaceWriteSettings(IReadOnlyList<string> WritableRoots, bool NetworkAccess, bool ExcludeTmpdirEnvVar, bool ExcludeSlashTmp);

/// <summary><c>[shell_environment_policy]</c>: which environment variables commands inherit.</summary>
/// <param name="Inherit"><c>all</c> (default), <c>core</c> or <c>none</c>.</param>
/// <param name="IgnoreDefaultExcludes">False (default) drops names containing KEY/SECRET/TOKEN.</param>
/// <param name="Exclude">Case-insensitive globs of names to drop.</param>
/// <param name="IncludeOnly">When set, only names matching these globs survive.</param>
/// <param name="Set">Variables forced to a value (applied last).</param>
/// <param name="ExperimentalUseProfile">Run commands through the user's shell profile.</param>
public sealed record ShellEnvironmentPolicySettings(
    string Inherit,
    bool IgnoreDefaultExcludes,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string>? IncludeOnly,
    IReadOnlyDictionary<string, string> Set,
    bool ExperimentalUseProfile);

/// <summary><c>[history]</c>: whether prompts are saved to <c>history.jsonl</c>.</summary>
public sealed record HistorySettings(string Persistence, long? MaxBytes);

/// <summary>One <c>[mcp_servers.ID]</c> entry: a stdio command or a streamable-HTTP URL.</summary>
public sealed record McpServerConfig
{
    /// <summary>The server id.</summary>
    public required string Id { get; init; }

    /// <summary>Executable for a stdio server.</summary>
    public string? Command { get; init; }

    /// <summary>Arguments for <see cref="Command"/>.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Extra environment for <see cref="Command"/>.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>Working directory for <see cref="Command"/>.</summary>
    public string? Cwd { get; init; }

    /// <summary>URL of a streamable-HTTP server.</summary>
    public string? Url { get; init; }

    /// <summary>False when disabled in config or by the requirements allow-list.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>True when requirements (not the user) disabled it.</summary>
    public bool DisabledByRequirements { get; init; }

    /// <summary>Thread start fails when a required server cannot initialise.</summary>
    public bool Required { get; init; }

    /// <summary>Startup timeout (default 10 s).</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Per-call timeout (default 60 s).</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Allow-list of tool names, or null for all.</summary>
    public IReadOnlyList<string>? EnabledTools { get; init; }

    /// <summary>Tools hidden even when allowed.</summary>
    public IReadOnlyList<string> DisabledTools { get; init; } = [];

    /// <summary>The raw table (for keys not modelled here).</summary>
    public required JsonObject Raw { get; init; }
}

/// <summary>
/// The typed, validated configuration the rest of the server uses, resolved for one cwd (and optional
/// per-thread overrides) from every layer, with requirements already applied. Unset keys hold the
/// reference's defaults. <see cref="Raw"/> keeps the full merged tree, unknown keys included.
/// </summary>
public sealed record EffectiveConfig
{
    /// <summary>The model slug; null means "use the catalog's default" (<see cref="Models.ModelCatalogService.DefaultModel"/>).</summary>
    public string? Model { get; init; }

    /// <summary>Model for reviews (<c>review_model</c>).</summary>
    public string? ReviewModel { get; init; }

    /// <summary>The selected provider id (default <c>openai</c>).</summary>
    public required string ModelProviderId { get; init; }

    /// <summary>The selected provider (falls back to <c>openai</c> when the id is unknown).</summary>
    public required ModelProviderInfo ModelProvider { get; init; }

    /// <summary>Every provider: built-ins plus <c>[model_providers.*]</c>.</summary>
    public required IReadOnlyDictionary<string, ModelProviderInfo> ModelProviders { get; init; }

    /// <summary><c>approval_policy</c> in config spelling (<c>untrusted|on-failure|on-request|never|granular</c>); default <c>on-request</c>.</summary>
    public required string ApprovalPolicy { get; init; }

    /// <summary>The <c>{granular = {...}}</c> table when <see cref="ApprovalPolicy"/> is granular.</summary>
    public JsonObject? GranularApprovalPolicy { get; init; }

    /// <summary><c>sandbox_mode</c>: <c>read-only</c> (default), <c>workspace-write</c>, <c>danger-full-access</c>.</summary>
    public required string SandboxMode { get; init; }

    /// <summary><c>[sandbox_workspace_write]</c>.</summary>
    public required SandboxWorkspaceWriteSettings SandboxWorkspaceWrite { get; init; }

    /// <summary><c>[shell_environment_policy]</c>.</summary>
    public required ShellEnvironmentPolicySettings ShellEnvironmentPolicy { get; init; }

    /// <summary>Feature flags: built-in defaults overlaid with <c>[features]</c> and requirement pins.</summary>
    public required IReadOnlyDictionary<string, bool> Features { get; init; }

    /// <summary><c>[history]</c>.</summary>
    public required HistorySettings History { get; init; }

    /// <summary><c>project_doc_max_bytes</c> (default 32768): AGENTS.md budget.</summary>
    public long ProjectDocMaxBytes { get; init; } = 32768;

    /// <summary><c>project_doc_fallback_filenames</c>: tried when a folder has no AGENTS.md.</summary>
    public IReadOnlyList<string> ProjectDocFallbackFilenames { get; init; } = [];

    /// <summary><c>project_root_markers</c> (default <c>.git</c>).</summary>
    public IReadOnlyList<string> ProjectRootMarkers { get; init; } = [".git"];

    /// <summary><c>developer_instructions</c>: injected before AGENTS.md.</summary>
    public string? DeveloperInstructions { get; init; }

    /// <summary><c>instructions</c> (legacy extra instructions).</summary>
    public string? Instructions { get; init; }

    /// <summary><c>model_instructions_file</c>: replaces the base instructions. Absolute (resolved against its layer).</summary>
    public string? ModelInstructionsFile { get; init; }

    /// <summary><c>model_reasoning_effort</c>, or null for the model's default.</summary>
    public string? ModelReasoningEffort { get; init; }

    /// <summary><c>model_reasoning_summary</c>, or null.</summary>
    public string? ModelReasoningSummary { get; init; }

    /// <summary><c>model_verbosity</c>, or null.</summary>
    public string? ModelVerbosity { get; init; }

    /// <summary><c>service_tier</c>, or null.</summary>
    public string? ServiceTier { get; init; }

    /// <summary><c>personality</c>, or null.</summary>
    public string? Personality { get; init; }

    /// <summary><c>model_context_window</c> override, or null.</summary>
    public long? ModelContextWindow { get; init; }

    /// <summary><c>model_auto_compact_token_limit</c>, or null.</summary>
    public long? ModelAutoCompactTokenLimit { get; init; }

    /// <summary><c>model_catalog_json</c>: an extra catalog file, or null.</summary>
    public string? ModelCatalogJson { get; init; }

    /// <summary><c>notify</c>: argv run after each turn with a JSON payload, or null.</summary>
    public IReadOnlyList<string>? Notify { get; init; }

    /// <summary><c>web_search</c>: <c>disabled|cached|indexed|live</c> (default <c>cached</c>), clamped by requirements.</summary>
    public required string WebSearch { get; init; }

    /// <summary><c>[tools]</c> as written (e.g. <c>web_search</c>, <c>view_image</c>, <c>update_plan</c>).</summary>
    public JsonObject? Tools { get; init; }

    /// <summary><c>[skills]</c> as written (<c>[[skills.config]]</c> toggles).</summary>
    public JsonObject? Skills { get; init; }

    /// <summary><c>[hooks]</c> as written.</summary>
    public JsonObject? Hooks { get; init; }

    /// <summary><c>[mcp_servers.*]</c>, with the requirements allow-list applied.</summary>
    public required IReadOnlyDictionary<string, McpServerConfig> McpServers { get; init; }

    /// <summary><c>[profiles.*]</c> as written (legacy profiles).</summary>
    public JsonObject? Profiles { get; init; }

    /// <summary>The active profile name, or null.</summary>
    public string? ActiveProfile { get; init; }

    /// <summary>Project trust: absolute folder → <c>trusted</c>/<c>untrusted</c>.</summary>
    public required IReadOnlyDictionary<string, string> ProjectTrust { get; init; }

    /// <summary>The full merged tree (every key, unknown ones included). Treat as read-only.</summary>
    public required JsonObject Raw { get; init; }

    /// <summary>Whether a feature is on (false when unknown).</summary>
    public bool IsFeatureEnabled(string name) => Features.TryGetValue(name, out var on) && on;
}
