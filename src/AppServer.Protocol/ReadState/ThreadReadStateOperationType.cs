using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>What <c>thread/readState/update</c> does.</summary>
public enum ThreadReadStateOperationType
{
    /// <summary>Mark everything read.</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>Mark the thread unread from its start.</summary>
    [JsonStringEnumMemberName("unread")]
    Unread,
}
