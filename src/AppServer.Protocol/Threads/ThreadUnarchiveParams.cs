using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/unarchive</c>.</summary>
public sealed class ThreadUnarchiveParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
