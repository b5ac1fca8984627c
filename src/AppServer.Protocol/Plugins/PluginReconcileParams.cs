using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/reconcile</c>.</summary>
public sealed class PluginReconcileParams
{
    /// <summary>Why the client asks.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
