using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/read</c>.</summary>
public sealed class ThreadReadParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Include turns and their items.</summary>
    [JsonPropertyName("includeTurns")]
    public bool IncludeTurns { get; init; }
}
