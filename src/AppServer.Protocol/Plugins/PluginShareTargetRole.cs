using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>The role a share target is given.</summary>
public enum PluginShareTargetRole
{
    /// <summary>Can read.</summary>
    [JsonStringEnumMemberName("reader")]
    Reader,

    /// <summary>Can edit.</summary>
    [JsonStringEnumMemberName("editor")]
    Editor,
}
