using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>A <c>SKILL.md</c> that could not be loaded.</summary>
public sealed class SkillErrorInfo
{
    /// <summary>The file.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>What is wrong with it.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
