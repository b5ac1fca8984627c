using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Deprecated personality selector.</summary>
public enum Personality
{
    /// <summary><c>none</c>.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary><c>friendly</c>.</summary>
    [JsonStringEnumMemberName("friendly")]
    Friendly,

    /// <summary><c>pragmatic</c>.</summary>
    [JsonStringEnumMemberName("pragmatic")]
    Pragmatic,
}
