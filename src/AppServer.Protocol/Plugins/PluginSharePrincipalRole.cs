using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A principal's role on a shared plugin.</summary>
public enum PluginSharePrincipalRole
{
    /// <summary>Can read.</summary>
    [JsonStringEnumMemberName("reader")]
    Reader,

    /// <summary>Can edit.</summary>
    [JsonStringEnumMemberName("editor")]
    Editor,

    /// <summary>Owns it.</summary>
    [JsonStringEnumMemberName("owner")]
    Owner,
}
