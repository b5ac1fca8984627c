using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>The operation of <c>thread/readState/update</c> (<c>{"type":"read"}</c> or <c>{"type":"unread"}</c>).</summary>
[SerdeExpected("internally tagged enum ThreadReadStateOperation")]
public sealed class ThreadReadStateOperation
{
    /// <summary>Read or unread.</summary>
    [JsonPropertyName("type")]
    public required ThreadReadStateOperationType Type { get; init; }
}
