using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Status of a <c>fileChange</c> item.</summary>
public enum PatchApplyStatus
{
    /// <summary><c>inProgress</c>.</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,

    /// <summary><c>completed</c>.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary><c>failed</c>.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary><c>declined</c>.</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,
}
