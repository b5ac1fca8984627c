using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/share/list</c>.</summary>
public sealed class PluginShareListResponse
{
    /// <summary>Shared plugins.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<PluginShareListItem> Data { get; init; }
}
