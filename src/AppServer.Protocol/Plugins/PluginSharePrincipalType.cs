using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Kind of principal a plugin is shared with.</summary>
public enum PluginSharePrincipalType
{
    /// <summary>A user.</summary>
    [JsonStringEnumMemberName("user")]
    User,

    /// <summary>A group.</summary>
    [JsonStringEnumMemberName("group")]
    Group,

    /// <summary>A workspace.</summary>
    [JsonStringEnumMemberName("workspace")]
    Workspace,
}
