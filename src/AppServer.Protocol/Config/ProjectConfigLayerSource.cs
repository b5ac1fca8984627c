using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>A project's <c>.codex/config.toml</c>.</summary>
public sealed class ProjectConfigLayerSource : ConfigLayerSource
{
    /// <summary>The <c>.codex</c> folder.</summary>
    [JsonPropertyName("dotCodexFolder")]
    public required string DotCodexFolder { get; init; }
}
