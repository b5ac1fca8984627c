using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/name/set</c>.</summary>
public sealed class ThreadSetNameParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The new name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}
