namespace AppServer.Core.Hooks;

/// <summary>Which layer a hook was configured in.</summary>
public enum HookOrigin
{
    /// <summary>System config folder (administrator-managed).</summary>
    System,

    /// <summary>The user's Codex home.</summary>
    User,

    /// <summary>A trusted project's <c>.codex</c> folder.</summary>
    Project,

    /// <summary><c>-c</c> flags or per-thread overrides.</summary>
    SessionFlags,
}

/// <summary>Whether a hook may run, from the trust store (see <see cref="HookStates"/>).</summary>
public enum HookTrust
{
    /// <summary>Administrator-managed: runs without review.</summary>
    Managed,

    /// <summary>Never reviewed.</summary>
    Untrusted,

    /// <summary>Reviewed, and unchanged since.</summary>
    Trusted,

    /// <summary>Reviewed, but its definition changed since.</summary>
    Modified,
}

/// <summary>One hook handler as configured (not yet run).</summary>
public sealed record ConfiguredHook
{
    /// <summary><c>{sourcePath}:{event_snake}:{group}:{handler}</c> (positions count skipped handlers too).</summary>
    public required string Key { get; init; }

    /// <summary>Event in camelCase, e.g. <c>preToolUse</c>.</summary>
    public required string EventName { get; init; }

    /// <summary><c>command</c>, <c>mcpTool</c>, <c>prompt</c> or <c>agent</c>.</summary>
    public required string HandlerType { get; init; }

    /// <summary>Shell command (command hooks).</summary>
    public string? Command { get; init; }

    /// <summary>Arguments template (mcpTool hooks).</summary>
    public System.Text.Json.Nodes.JsonObject? Input { get; init; }

    /// <summary>Background execution (command hooks).</summary>
    public bool Async { get; init; }

    /// <summary>MCP server (mcpTool hooks).</summary>
    public string? Server { get; init; }

    /// <summary>MCP tool (mcpTool hooks).</summary>
    public string? Tool { get; init; }

    /// <summary>Tool-name pattern, or null for every tool.</summary>
    public string? Matcher { get; init; }

    /// <summary>Timeout in seconds.</summary>
    public required ulong TimeoutSec { get; init; }

    /// <summary>Message shown while it runs.</summary>
    public string? StatusMessage { get; init; }

    /// <summary><c>additionalContext</c> spill threshold, if configured.</summary>
    public ulong? AdditionalContextLimit { get; init; }

    /// <summary>The file that defines it.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The layer that defines it.</summary>
    public required HookOrigin Origin { get; init; }

    /// <summary>Position in the overall list.</summary>
    public required long DisplayOrder { get; init; }

    /// <summary>Administrator-managed (system layer): runs without review.</summary>
    public bool IsManaged => Origin == HookOrigin.System;

    /// <summary><c>sha256:</c> of the hook's normalized definition (see <see cref="HookHash"/>).</summary>
    public required string CurrentHash { get; init; }

    /// <summary>False when the user switched it off (managed hooks are always on).</summary>
    public required bool Enabled { get; init; }

    /// <summary>Trust state against the stored <c>trusted_hash</c>.</summary>
    public required HookTrust Trust { get; init; }
}

/// <summary>A hook definition that could not be read.</summary>
public sealed record HookLoadError(string Path, string Message);

/// <summary>The hooks for one cwd.</summary>
public sealed record HookListing(string Cwd, IReadOnlyList<ConfiguredHook> Hooks, IReadOnlyList<string> Warnings, IReadOnlyList<HookLoadError> Errors);
