using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Where a remote install policy comes from.</summary>
public enum PluginInstallPolicySource
{
    /// <summary>A workspace setting.</summary>
    [JsonStringEnumMemberName("WORKSPACE_SETTING")]
    WorkspaceSetting,

    /// <summary>An implicit canonical app.</summary>
    [JsonStringEnumMemberName("IMPLICIT_CANONICAL_APP")]
    ImplicitCanonicalApp,
}
