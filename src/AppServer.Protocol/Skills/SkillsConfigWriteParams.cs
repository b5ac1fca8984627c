using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Params of <c>skills/config/write</c>: enable or disable one skill, by name or by path.</summary>
public sealed class SkillsConfigWriteParams
{
    /// <summary>The new state.</summary>
    [JsonPropertyName("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>Name-based selector.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Path-based selector (the <c>SKILL.md</c> file).</summary>
    [JsonPropertyName("path")]
    [OsString]
    public string? Path { get; init; }
}
