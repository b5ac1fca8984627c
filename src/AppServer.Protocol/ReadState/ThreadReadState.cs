using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>The first unread position of a thread (null: all read) and the revision guarding edits.</summary>
public sealed class ThreadReadState
{
    /// <summary>First unread position, or null when everything is read.</summary>
    [JsonPropertyName("firstUnread")]
    public ThreadUnreadPosition? FirstUnread { get; init; }

    /// <summary>Opaque revision; changes with thread activity and read marks.</summary>
    [JsonPropertyName("revision")]
    public required string Revision { get; init; }
}
