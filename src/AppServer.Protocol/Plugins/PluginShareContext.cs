using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Remote sharing context of a plugin (remote catalog only).</summary>
public sealed class PluginShareContext
{
    /// <summary>Backend plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }

    /// <summary>Whether it can be published to the workspace.</summary>
    [JsonPropertyName("canPublishToWorkspace")]
    public bool? CanPublishToWorkspace { get; init; }

    /// <summary>Creator account id.</summary>
    [JsonPropertyName("creatorAccountUserId")]
    public string? CreatorAccountUserId { get; init; }

    /// <summary>Creator name.</summary>
    [JsonPropertyName("creatorName")]
    public string? CreatorName { get; init; }

    /// <summary>Who can discover it.</summary>
    [JsonPropertyName("discoverability")]
    public PluginShareDiscoverability? Discoverability { get; init; }

    /// <summary>Version of the shared release.</summary>
    [JsonPropertyName("remoteVersion")]
    public string? RemoteVersion { get; init; }

    /// <summary>Principals it is shared with.</summary>
    [JsonPropertyName("sharePrincipals")]
    public IReadOnlyList<PluginSharePrincipal>? SharePrincipals { get; init; }

    /// <summary>Share URL.</summary>
    [JsonPropertyName("shareUrl")]
    public string? ShareUrl { get; init; }
}
