using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Whether a plugin can be installed and used.</summary>
public enum PluginAvailability
{
    /// <summary>Disabled by an administrator.</summary>
    [JsonStringEnumMemberName("DISABLED_BY_ADMIN")]
    DisabledByAdmin,

    /// <summary>Available.</summary>
    [JsonStringEnumMemberName("AVAILABLE")]
    Available,
}
