using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>Result of <c>thread/readState/update</c>.</summary>
public sealed class ThreadReadStateUpdateResponse
{
    /// <summary>The new read state.</summary>
    [JsonPropertyName("readState")]
    public required ThreadReadState ReadState { get; init; }
}
