namespace AppServer.Config;

/// <summary>Where config lives: the system folder (<c>/etc/codex</c>, or the host's <c>APPSERVER_SYSTEM_CONFIG_DIR</c>) and the Codex home.</summary>
/// <param name="SystemDir">Folder holding the system <c>config.toml</c> and <c>requirements.toml</c>.</param>
/// <param name="CodexHome">The user's Codex home (<c>$CODEX_HOME</c>).</param>
public sealed record ConfigPaths(string SystemDir, string CodexHome)
{
    /// <summary>The reference's system folder.</summary>
    public const string DefaultSystemDir = "/etc/codex";

    /// <summary><c>SYSTEM/config.toml</c>.</summary>
    public string SystemConfigFile => Path.Combine(SystemDir, "config.toml");

    /// <summary><c>SYSTEM/requirements.toml</c>.</summary>
    public string RequirementsFile => Path.Combine(SystemDir, "requirements.toml");

    /// <summary><c>$CODEX_HOME/config.toml</c>: the only file config writes touch.</summary>
    public string UserConfigFile => Path.Combine(CodexHome, "config.toml");

    /// <summary><c>$CODEX_HOME/NAME.config.toml</c>: a profile-v2 file.</summary>
    public string ProfileConfigFile(string profile) => Path.Combine(CodexHome, profile + ".config.toml");
}
