using System.Text.Json.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary>Network access of an external sandbox.</summary>
public enum NetworkAccess
{
    /// <summary>No network.</summary>
    [JsonStringEnumMemberName("restricted")]
    Restricted,

    /// <summary>Network allowed.</summary>
    [JsonStringEnumMemberName("enabled")]
    Enabled,
}
