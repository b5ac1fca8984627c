using System.Text.Json.Serialization;
using AppServer.Protocol.Sandbox;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Params of <c>command/exec</c>: run one argv in the server sandbox, outside any thread.</summary>
public sealed class CommandExecParams
{
    /// <summary>Command argv vector; empty arrays are rejected.</summary>
    [JsonPropertyName("command")]
    [OsString]
    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Working directory; defaults to the server cwd.</summary>
    [JsonPropertyName("cwd")]
    [OsString]
    public string? Cwd { get; init; }

    /// <summary>Environment overrides merged over the server-computed environment; <c>null</c> unsets.</summary>
    [JsonPropertyName("env")]
    public IReadOnlyDictionary<string, string?>? Env { get; init; }

    /// <summary>Client-supplied, connection-scoped id; required for tty, streaming and follow-up calls.</summary>
    [JsonPropertyName("processId")]
    public string? ProcessId { get; init; }

    /// <summary>Sandbox policy for this command; defaults to the configured policy.</summary>
    [JsonPropertyName("sandboxPolicy")]
    public SandboxPolicy? SandboxPolicy { get; init; }

    /// <summary>Permission profile id (e.g. <c>:workspace</c>); cannot be combined with <see cref="SandboxPolicy"/>.</summary>
    [JsonPropertyName("permissionProfile")]
    [ExperimentalApi("command/exec.permissionProfile")]
    public string? PermissionProfile { get; init; }

    /// <summary>Initial PTY size; only valid with <see cref="Tty"/>.</summary>
    [JsonPropertyName("size")]
    public CommandExecTerminalSize? Size { get; init; }

    /// <summary>Run under a pseudo-terminal; implies stdin and output streaming.</summary>
    [JsonPropertyName("tty")]
    public bool Tty { get; init; }

    /// <summary>Allow <c>command/exec/write</c> to feed stdin.</summary>
    [JsonPropertyName("streamStdin")]
    public bool StreamStdin { get; init; }

    /// <summary>Stream output as <c>command/exec/outputDelta</c> notifications.</summary>
    [JsonPropertyName("streamStdoutStderr")]
    public bool StreamStdoutStderr { get; init; }

    /// <summary>Timeout in milliseconds; the server default applies when omitted.</summary>
    [JsonPropertyName("timeoutMs")]
    public long? TimeoutMs { get; init; }

    /// <summary>Disable the timeout entirely.</summary>
    [JsonPropertyName("disableTimeout")]
    public bool DisableTimeout { get; init; }

    /// <summary>Per-stream capture cap in bytes; the server default (1 MiB) applies when omitted.</summary>
    [JsonPropertyName("outputBytesCap")]
    public ulong? OutputBytesCap { get; init; }

    /// <summary>Disable output truncation.</summary>
    [JsonPropertyName("disableOutputCap")]
    public bool DisableOutputCap { get; init; }
}
