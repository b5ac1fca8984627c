using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/unarchive</c>.</summary>
public sealed class ThreadUnarchiveResponse
{
    /// <summary>The restored thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }
}
