using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Result of <c>skills/list</c>: one entry per requested cwd.</summary>
public sealed class SkillsListResponse
{
    /// <summary>The entries, in request order.</summary>
    [JsonPropertyName("data")]
    public required IReadOnlyList<SkillsListEntry> Data { get; init; }
}
