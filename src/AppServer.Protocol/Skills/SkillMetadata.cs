using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>One skill, as <c>skills/list</c> reports it.</summary>
public sealed class SkillMetadata
{
    /// <summary>The skill's name (front matter <c>name</c>, else its folder name).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Front matter <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public required string Description { get; init; }

    /// <summary>Legacy <c>metadata.short-description</c> from the front matter; omitted when absent.</summary>
    [JsonPropertyName("shortDescription")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShortDescription { get; init; }

    /// <summary>Display metadata from <c>agents/openai.yaml</c>; omitted when absent.</summary>
    [JsonPropertyName("interface")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SkillInterface? Interface { get; init; }

    /// <summary>Tool dependencies from <c>agents/openai.yaml</c>; omitted when absent.</summary>
    [JsonPropertyName("dependencies")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SkillDependencies? Dependencies { get; init; }

    /// <summary>The <c>SKILL.md</c> file.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>Where the skill was found.</summary>
    [JsonPropertyName("scope")]
    public required SkillScope Scope { get; init; }

    /// <summary>False when <c>[[skills.config]]</c> disables it.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>The owning plugin, when the skill comes from one.</summary>
    [JsonPropertyName("pluginId")]
    public string? PluginId { get; init; }
}
