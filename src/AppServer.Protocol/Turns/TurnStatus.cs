using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Lifecycle status of a turn.</summary>
public enum TurnStatus
{
    /// <summary>Finished normally.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Stopped by <c>turn/interrupt</c> (or a server restart).</summary>
    [JsonStringEnumMemberName("interrupted")]
    Interrupted,

    /// <summary>Ended by an error.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Still running.</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,
}
