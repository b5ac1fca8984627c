using System.Text.Json.Serialization;

namespace AppServer.Protocol.Policies;

/// <summary>Deprecated personality selector (no longer selects a style).</summary>
public enum Personality
{
    /// <summary>No personality.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Friendly.</summary>
    [JsonStringEnumMemberName("friendly")]
    Friendly,

    /// <summary>Pragmatic.</summary>
    [JsonStringEnumMemberName("pragmatic")]
    Pragmatic,
}
