using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>How a workspace message is shown.</summary>
public enum WorkspaceMessageType
{
    /// <summary><c>headline</c>.</summary>
    [JsonStringEnumMemberName("headline")]
    Headline,

    /// <summary><c>announcement</c>.</summary>
    [JsonStringEnumMemberName("announcement")]
    Announcement,

    /// <summary><c>unknown</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
