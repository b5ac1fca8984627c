using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/unsubscribe</c>.</summary>
public sealed class ThreadUnsubscribeResponse
{
    /// <summary>What happened.</summary>
    [JsonPropertyName("status")]
    public required ThreadUnsubscribeStatus Status { get; init; }
}
