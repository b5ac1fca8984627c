using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/installed</c>.</summary>
public sealed class PluginInstalledParams
{
    /// <summary>Working directories used to discover repository marketplaces.</summary>
    [JsonPropertyName("cwds")]
    [OsString]
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>Uninstalled plugin names to return as well when present locally.</summary>
    [JsonPropertyName("installSuggestionPluginNames")]
    public IReadOnlyList<string>? InstallSuggestionPluginNames { get; init; }
}
