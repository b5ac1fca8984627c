using System.Text.Json.Serialization;

namespace AppServer.Protocol.Skills;

/// <summary>Where a skill was found.</summary>
public enum SkillScope
{
    /// <summary>The user's own skills (<c>$CODEX_HOME/skills</c>, <c>~/.agents/skills</c>, extra roots).</summary>
    [JsonStringEnumMemberName("user")]
    User,

    /// <summary>The repository's <c>.agents/skills</c> folders.</summary>
    [JsonStringEnumMemberName("repo")]
    Repo,

    /// <summary>Skills bundled with the server.</summary>
    [JsonStringEnumMemberName("system")]
    System,

    /// <summary>Skills installed by an administrator.</summary>
    [JsonStringEnumMemberName("admin")]
    Admin,
}
