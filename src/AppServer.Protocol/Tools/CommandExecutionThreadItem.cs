using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>A command the agent ran (<c>exec_command</c>).</summary>
public sealed class CommandExecutionThreadItem : AppServer.Protocol.Items.ThreadItem
{
    /// <summary>The command, shell-quoted (e.g. <c>/bin/bash -lc 'echo hi'</c>).</summary>
    [JsonPropertyName("command")]
    public required string Command { get; init; }

    /// <summary>Absolute working directory.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>The session id while/after the process runs; null before it starts.</summary>
    [JsonPropertyName("processId")]
    public string? ProcessId { get; init; }

    /// <summary>What started it.</summary>
    [JsonPropertyName("source")]
    public CommandExecutionSource Source { get; init; }

    /// <summary>Current status.</summary>
    [JsonPropertyName("status")]
    public required CommandExecutionStatus Status { get; init; }

    /// <summary>Best-effort description of what the command does.</summary>
    [JsonPropertyName("commandActions")]
    public required IReadOnlyList<CommandAction> CommandActions { get; init; }

    /// <summary>stdout and stderr together; null when empty or not finished.</summary>
    [JsonPropertyName("aggregatedOutput")]
    public string? AggregatedOutput { get; init; }

    /// <summary>Exit code once finished.</summary>
    [JsonPropertyName("exitCode")]
    public int? ExitCode { get; init; }

    /// <summary>Duration once finished.</summary>
    [JsonPropertyName("durationMs")]
    public long? DurationMs { get; init; }
}
