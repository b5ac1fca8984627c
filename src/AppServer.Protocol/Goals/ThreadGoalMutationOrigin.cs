using System.Text.Json.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>Whether a goal change was an explicit user action or an automatic lifecycle step.</summary>
public enum ThreadGoalMutationOrigin
{
    /// <summary><c>user</c>.</summary>
    [JsonStringEnumMemberName("user")]
    User,

    /// <summary><c>automatic</c>.</summary>
    [JsonStringEnumMemberName("automatic")]
    Automatic,
}
