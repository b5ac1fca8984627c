using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/share/updateTargets</c>.</summary>
public sealed class PluginShareUpdateTargetsParams
{
    /// <summary>Remote plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }

    /// <summary>New discoverability.</summary>
    [JsonPropertyName("discoverability")]
    public required PluginShareUpdateDiscoverability Discoverability { get; init; }

    /// <summary>New targets.</summary>
    [JsonPropertyName("shareTargets")]
    public required IReadOnlyList<PluginShareTarget> ShareTargets { get; init; }
}
