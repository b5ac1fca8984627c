using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>When a plugin's apps ask the user to authenticate.</summary>
public enum PluginAuthPolicy
{
    /// <summary>At install time.</summary>
    [JsonStringEnumMemberName("ON_INSTALL")]
    OnInstall,

    /// <summary>On first use.</summary>
    [JsonStringEnumMemberName("ON_USE")]
    OnUse,
}
