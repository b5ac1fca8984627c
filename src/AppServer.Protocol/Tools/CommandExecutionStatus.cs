using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Status of a <c>commandExecution</c> item.</summary>
public enum CommandExecutionStatus
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
