using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Runtime status of a thread: <c>{"type":"idle"}</c>, <c>{"type":"active","activeFlags":[…]}</c>, …</summary>
public sealed class ThreadStatus
{
    /// <summary>The status kind.</summary>
    [JsonPropertyName("type")]
    public required ThreadStatusType Type { get; init; }

    /// <summary>Only for <c>active</c>: what the thread waits on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("activeFlags")]
    public IReadOnlyList<ThreadActiveFlag>? ActiveFlags { get; init; }
}
