using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/archive</c>.</summary>
public sealed class ThreadArchiveParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
