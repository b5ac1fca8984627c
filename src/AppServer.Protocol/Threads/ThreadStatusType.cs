using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Discriminator of <see cref="ThreadStatus"/>.</summary>
public enum ThreadStatusType
{
    /// <summary><c>notLoaded</c>.</summary>
    [JsonStringEnumMemberName("notLoaded")]
    NotLoaded,

    /// <summary><c>idle</c>.</summary>
    [JsonStringEnumMemberName("idle")]
    Idle,

    /// <summary><c>systemError</c>.</summary>
    [JsonStringEnumMemberName("systemError")]
    SystemError,

    /// <summary><c>active</c>.</summary>
    [JsonStringEnumMemberName("active")]
    Active,
}
