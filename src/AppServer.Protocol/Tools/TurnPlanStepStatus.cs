using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Status of one plan step.</summary>
public enum TurnPlanStepStatus
{
    /// <summary><c>pending</c>.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary><c>inProgress</c>.</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,

    /// <summary><c>completed</c>.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,
}
