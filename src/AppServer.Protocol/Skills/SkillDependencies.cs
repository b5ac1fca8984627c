using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>What a skill needs to work.</summary>
public sealed class SkillDependencies
{
    /// <summary>Tools, environment variables, MCP servers...</summary>
    [JsonPropertyName("tools")]
    public required IReadOnlyList<SkillToolDependency> Tools { get; init; }
}
