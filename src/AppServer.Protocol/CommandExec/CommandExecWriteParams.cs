using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary>Params of <c>command/exec/write</c>: write stdin bytes, close stdin, or both.</summary>
public sealed class CommandExecWriteParams
{
    /// <summary>The client-supplied process id.</summary>
    [JsonPropertyName("processId")]
    public required string ProcessId { get; init; }

    /// <summary>Base64-encoded bytes to write.</summary>
    [JsonPropertyName("deltaBase64")]
    public string? DeltaBase64 { get; init; }

    /// <summary>Close stdin after writing.</summary>
    [JsonPropertyName("closeStdin")]
    public bool CloseStdin { get; init; }
}
