using System.Text.Json.Serialization;

namespace AppServer.Protocol.CommandExec;

/// <summary><c>command/exec/outputDelta</c>: a base64 chunk of a streaming command's output.</summary>
public sealed class CommandExecOutputDeltaNotification
{
    /// <summary>The client-supplied process id.</summary>
    [JsonPropertyName("processId")]
    public required string ProcessId { get; init; }

    /// <summary>The stream the bytes came from.</summary>
    [JsonPropertyName("stream")]
    public required CommandExecOutputStream Stream { get; init; }

    /// <summary>Base64-encoded output bytes.</summary>
    [JsonPropertyName("deltaBase64")]
    public required string DeltaBase64 { get; init; }

    /// <summary>True on the last chunk of a stream when the output cap truncated the rest.</summary>
    [JsonPropertyName("capReached")]
    public required bool CapReached { get; init; }
}
