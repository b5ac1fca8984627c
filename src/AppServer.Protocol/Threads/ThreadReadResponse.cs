using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/read</c>.</summary>
public sealed class ThreadReadResponse
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }

    /// <summary>The thread's read receipt; null when it has no durable history.</summary>
    [JsonPropertyName("readState")]
    [ExperimentalApi("thread/read.readState")]
    public ReadState.ThreadReadState? ReadState { get; init; }
}
