using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Params of <c>skills/list</c>.</summary>
public sealed class SkillsListParams
{
    /// <summary>Working directories to list skills for; empty means the server's cwd.</summary>
    [JsonPropertyName("cwds")]
    [OsString]
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>Bypass the skills cache and re-scan from disk.</summary>
    [JsonPropertyName("forceReload")]
    public bool ForceReload { get; init; }
}
