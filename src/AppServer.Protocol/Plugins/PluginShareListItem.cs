using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A shared plugin.</summary>
public sealed class PluginShareListItem
{
    /// <summary>The plugin.</summary>
    [JsonPropertyName("plugin")]
    public required PluginSummary Plugin { get; init; }

    /// <summary>Its local folder, when checked out.</summary>
    [JsonPropertyName("localPluginPath")]
    public string? LocalPluginPath { get; init; }
}
