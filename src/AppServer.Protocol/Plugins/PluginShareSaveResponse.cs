using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/share/save</c>.</summary>
public sealed class PluginShareSaveResponse
{
    /// <summary>Remote plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }

    /// <summary>Share URL.</summary>
    [JsonPropertyName("shareUrl")]
    public required string ShareUrl { get; init; }

    /// <summary>Whether it can be published to the workspace.</summary>
    [JsonPropertyName("canPublishToWorkspace")]
    public bool? CanPublishToWorkspace { get; init; }
}
