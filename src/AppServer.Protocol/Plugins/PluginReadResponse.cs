using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/read</c>.</summary>
public sealed class PluginReadResponse
{
    /// <summary>The plugin.</summary>
    [JsonPropertyName("plugin")]
    public required PluginDetail Plugin { get; init; }
}
