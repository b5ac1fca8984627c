using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Whether a marketplace plugin can be installed.</summary>
public enum PluginInstallPolicy
{
    /// <summary>Listed but not installable.</summary>
    [JsonStringEnumMemberName("NOT_AVAILABLE")]
    NotAvailable,

    /// <summary>Installable.</summary>
    [JsonStringEnumMemberName("AVAILABLE")]
    Available,

    /// <summary>Installed by default.</summary>
    [JsonStringEnumMemberName("INSTALLED_BY_DEFAULT")]
    InstalledByDefault,
}
