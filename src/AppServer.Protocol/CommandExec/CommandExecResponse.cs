using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Final result of <c>command/exec</c>.</summary>
public sealed class CommandExecResponse
{
    /// <summary>Process exit code (124 on timeout, 128+signal when killed).</summary>
    [JsonPropertyName("exitCode")]
    public required int ExitCode { get; init; }

    /// <summary>Buffered stdout; empty when it was streamed.</summary>
    [JsonPropertyName("stdout")]
    public required string Stdout { get; init; }

    /// <summary>Buffered stderr; empty when it was streamed.</summary>
    [JsonPropertyName("stderr")]
    public required string Stderr { get; init; }
}
