using AppServer.Sandbox.Policies;
using AppServer.Sandbox.Processes;

namespace AppServer.Agent.Exec;

/// <summary>A validated <c>command/exec</c> request in core terms.</summary>
public sealed record CommandExecRequest
{
    /// <summary>Default timeout when the client gives none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Default per-stream output cap when the client gives none (1 MiB).</summary>
    public const long DefaultOutputCap = 1024 * 1024;

    /// <summary>The argv (non-empty).</summary>
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Absolute working directory.</summary>
    public required string Cwd { get; init; }

    /// <summary>Environment overrides; a <c>null</c> value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? EnvironmentOverrides { get; init; }

    /// <summary>The sandbox policy, or <c>null</c> for the configured default.</summary>
    public SandboxPolicy? Policy { get; init; }

    /// <summary>A permission profile id to resolve instead of <see cref="Policy"/>, if any.</summary>
    public string? PermissionProfile { get; init; }

    /// <summary>Client-supplied id for follow-up calls and streaming, if any.</summary>
    public string? ProcessId { get; init; }

    /// <summary>PTY size when running on a terminal, else <c>null</c>.</summary>
    public TerminalSize? Terminal { get; init; }

    /// <summary>Whether stdin stays open for writes.</summary>
    public bool StreamStdin { get; init; }

    /// <summary>Whether output is streamed rather than buffered.</summary>
    public bool StreamOutput { get; init; }

    /// <summary>Kill the command after this long (exit code 124); <c>null</c> for no limit.</summary>
    public TimeSpan? Timeout { get; init; } = DefaultTimeout;

    /// <summary>Per-stream output cap in bytes; <c>null</c> for no cap.</summary>
    public long? OutputCap { get; init; } = DefaultOutputCap;
}
