using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary><c>thread/readState/changed</c>: a thread's read state changed.</summary>
public sealed class ThreadReadStateChangedNotification
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Its new read state.</summary>
    [JsonPropertyName("readState")]
    public required ThreadReadState ReadState { get; init; }
}
