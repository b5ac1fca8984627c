using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Params of <c>command/exec/resize</c>.</summary>
public sealed class CommandExecResizeParams
{
    /// <summary>The client-supplied process id.</summary>
    [JsonPropertyName("processId")]
    public required string ProcessId { get; init; }

    /// <summary>The new PTY size.</summary>
    [JsonPropertyName("size")]
    public required CommandExecTerminalSize Size { get; init; }
}
