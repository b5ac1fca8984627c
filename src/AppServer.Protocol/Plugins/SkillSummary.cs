using System.Text.Json.Serialization;
using AppServer.Protocol.Skills;

namespace AppServer.Protocol.Plugins;

/// <summary>A skill a plugin bundles.</summary>
public sealed class SkillSummary
{
    /// <summary><c>plugin:skill</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Short description.</summary>
    [JsonPropertyName("shortDescription")]
    public string? ShortDescription { get; init; }

    /// <summary>Display metadata.</summary>
    [JsonPropertyName("interface")]
    public SkillInterface? Interface { get; init; }

    /// <summary>Its <c>SKILL.md</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Whether it is enabled.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }
}
