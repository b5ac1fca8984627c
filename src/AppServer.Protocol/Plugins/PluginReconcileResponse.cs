using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/reconcile</c>.</summary>
public sealed class PluginReconcileResponse
{
    /// <summary>Plugins that changed.</summary>
    [JsonPropertyName("changedPlugins")]
    public required IReadOnlyList<PluginReconcileChangedPlugin> ChangedPlugins { get; init; }

    /// <summary>Remote plugins whose update failed.</summary>
    [JsonPropertyName("failedRemotePluginIds")]
    public required IReadOnlyList<string> FailedRemotePluginIds { get; init; }

    /// <summary>Remote plugins whose bundle could not be fetched.</summary>
    [JsonPropertyName("failedMaterializationRemotePluginIds")]
    public required IReadOnlyList<string> FailedMaterializationRemotePluginIds { get; init; }
}
