using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Lifecycle state of a turn.</summary>
public enum TurnStatus
{
    /// <summary><c>completed</c>.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary><c>interrupted</c>.</summary>
    [JsonStringEnumMemberName("interrupted")]
    Interrupted,

    /// <summary><c>failed</c>.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary><c>inProgress</c>.</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,
}
