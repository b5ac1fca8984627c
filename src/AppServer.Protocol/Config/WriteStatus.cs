using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Outcome of a config write.</summary>
public enum WriteStatus
{
    /// <summary>Written and effective.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok,

    /// <summary>Written, but a higher layer still decides the effective value.</summary>
    [JsonStringEnumMemberName("okOverridden")]
    OkOverridden,
}
