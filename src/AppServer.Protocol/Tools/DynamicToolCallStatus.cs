using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Status of a <c>dynamicToolCall</c> item.</summary>
public enum DynamicToolCallStatus
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
}
