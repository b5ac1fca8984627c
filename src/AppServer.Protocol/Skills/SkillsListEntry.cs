using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>The skills visible from one cwd, and the skill files that could not be read.</summary>
public sealed class SkillsListEntry
{
    /// <summary>The cwd, as requested.</summary>
    [JsonPropertyName("cwd")]
    public required string Cwd { get; init; }

    /// <summary>The skills, repository scope first, then user scope, each sorted by name.</summary>
    [JsonPropertyName("skills")]
    public required IReadOnlyList<SkillMetadata> Skills { get; init; }

    /// <summary>Malformed skills (they never fail the whole call).</summary>
    [JsonPropertyName("errors")]
    public required IReadOnlyList<SkillErrorInfo> Errors { get; init; }
}
