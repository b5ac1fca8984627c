using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Params of <c>command/exec/terminate</c>.</summary>
public sealed class CommandExecTerminateParams
{
    /// <summary>The client-supplied process id.</summary>
    [JsonPropertyName("processId")]
    public required string ProcessId { get; init; }
}
