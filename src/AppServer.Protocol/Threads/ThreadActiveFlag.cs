using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Why an active thread is waiting.</summary>
public enum ThreadActiveFlag
{
    /// <summary><c>waitingOnApproval</c>.</summary>
    [JsonStringEnumMemberName("waitingOnApproval")]
    WaitingOnApproval,

    /// <summary><c>waitingOnUserInput</c>.</summary>
    [JsonStringEnumMemberName("waitingOnUserInput")]
    WaitingOnUserInput,
}
