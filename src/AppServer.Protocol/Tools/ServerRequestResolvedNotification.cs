using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>serverRequest/resolved</c>: a server→client request was answered or cleared.</summary>
public sealed class ServerRequestResolvedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The request's id.</summary>
    [JsonPropertyName("requestId")]
    public required long RequestId { get; init; }
}
