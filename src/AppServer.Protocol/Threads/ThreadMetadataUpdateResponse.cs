using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Result of <c>thread/metadata/update</c>.</summary>
public sealed class ThreadMetadataUpdateResponse
{
    /// <summary>The updated thread.</summary>
    [JsonPropertyName("thread")]
    public required Thread Thread { get; init; }
}
