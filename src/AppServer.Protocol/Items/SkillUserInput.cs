using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>A reference to a skill the user selected.</summary>
public sealed class SkillUserInput : UserInput
{
    /// <summary>Skill name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Path of the skill's SKILL.md.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
