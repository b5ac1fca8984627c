using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Params of <c>skills/extraRoots/set</c>: more folders to scan as user-scope skills.</summary>
public sealed class SkillsExtraRootsSetParams
{
    /// <summary>Absolute folders; replaces the previous list.</summary>
    [JsonPropertyName("extraRoots")]
    [OsString]
    public required IReadOnlyList<string> ExtraRoots { get; init; }
}
