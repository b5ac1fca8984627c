using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/read</c>.</summary>
public sealed class ThreadReadResponse
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }
}
