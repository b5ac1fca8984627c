using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>The client's answer to a patch approval.</summary>
public sealed class FileChangeRequestApprovalResponse
{
    /// <summary><c>accept</c>, <c>acceptForSession</c>, <c>decline</c> or <c>cancel</c>.</summary>
    [JsonPropertyName("decision")]
    public required string Decision { get; init; }
}
