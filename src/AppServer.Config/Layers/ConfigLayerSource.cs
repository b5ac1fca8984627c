namespace AppServer.Config.Layers;

/// <summary>Which kind of source a config layer comes from (the reference's <c>ConfigLayerSource.type</c>).</summary>
public enum ConfigLayerKind
{
    /// <summary><c>/etc/codex/config.toml</c> (or <c>$APPSERVER_SYSTEM_CONFIG_DIR/config.toml</c>).</summary>
    System,

    /// <summary><c>$CODEX_HOME/config.toml</c>, or a profile file <c>$CODEX_HOME/NAME.config.toml</c>.</summary>
    User,

    /// <summary>A project's <c>.codex/config.toml</c>.</summary>
    Project,

    /// <summary><c>-c key=value</c> flags and <c>thread/start.config</c>.</summary>
    SessionFlags,
}

/// <summary>Identifies one layer: its kind plus the file or folder it was read from.</summary>
/// <param name="Kind">The layer kind.</param>
/// <param name="File">The TOML file (system, user), if any.</param>
/// <param name="DotCodexFolder">The <c>.codex</c> folder (project layers).</param>
/// <param name="Profile">The profile name when this user layer is a profile file.</param>
public sealed record ConfigLayerSource(ConfigLayerKind Kind, string? File = null, string? DotCodexFolder = null, string? Profile = null)
{
    /// <summary>A short label for messages: <c>user (/path/config.toml)</c>.</summary>
    public string Describe() => Kind switch
    {
        ConfigLayerKind.SessionFlags => "session-flags",
        ConfigLayerKind.Project => $"project ({DotCodexFolder})",
        ConfigLayerKind.User => $"user ({File})",
        _ => $"system ({File})",
    };
}
