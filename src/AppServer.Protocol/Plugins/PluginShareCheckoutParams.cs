using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/share/checkout</c>.</summary>
public sealed class PluginShareCheckoutParams
{
    /// <summary>Remote plugin id.</summary>
    [JsonPropertyName("remotePluginId")]
    public required string RemotePluginId { get; init; }
}
