using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>A plugin in a git repository.</summary>
public sealed class GitPluginSource : PluginSource
{
    /// <summary>Repository URL.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>Sub-folder of the repository holding the plugin.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Git ref to check out.</summary>
    [JsonPropertyName("refName")]
    public string? RefName { get; init; }

    /// <summary>Commit to check out.</summary>
    [JsonPropertyName("sha")]
    public string? Sha { get; init; }
}
