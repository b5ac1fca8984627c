using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/share/save</c>.</summary>
public sealed class PluginShareSaveParams
{
    /// <summary>The local plugin folder.</summary>
    [JsonPropertyName("pluginPath")]
    [OsString]
    public required string PluginPath { get; init; }

    /// <summary>Existing remote plugin to update.</summary>
    [JsonPropertyName("remotePluginId")]
    public string? RemotePluginId { get; init; }

    /// <summary>Who can discover it.</summary>
    [JsonPropertyName("discoverability")]
    public PluginShareDiscoverability? Discoverability { get; init; }

    /// <summary>Who to share it with.</summary>
    [JsonPropertyName("shareTargets")]
    public IReadOnlyList<PluginShareTarget>? ShareTargets { get; init; }
}
