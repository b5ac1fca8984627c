using System.Text.Json.Serialization;

namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/skill/read</c>.</summary>
public sealed class PluginSkillReadResponse
{
    /// <summary>The skill's text.</summary>
    [JsonPropertyName("contents")]
    public string? Contents { get; init; }
}
