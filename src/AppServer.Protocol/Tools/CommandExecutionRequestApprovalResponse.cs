using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>The client's answer to a command approval.</summary>
public sealed class CommandExecutionRequestApprovalResponse
{
    /// <summary><c>accept</c>, <c>acceptForSession</c>, <c>{acceptWithExecpolicyAmendment:{execpolicy_amendment}}</c>, <c>decline</c> or <c>cancel</c>.</summary>
    [JsonPropertyName("decision")]
    public required System.Text.Json.JsonElement Decision { get; init; }
}
