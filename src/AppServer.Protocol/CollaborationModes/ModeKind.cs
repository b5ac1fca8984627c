using System.Text.Json.Serialization;

namespace AppServer.Protocol.CollaborationModes;

/// <summary>A collaboration mode.</summary>
public enum ModeKind
{
    /// <summary>Plan first: the agent proposes a plan and asks questions before acting.</summary>
    [JsonStringEnumMemberName("plan")]
    Plan,

    /// <summary>The ordinary agent mode.</summary>
    [JsonStringEnumMemberName("default")]
    Default,
}
