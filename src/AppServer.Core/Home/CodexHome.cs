namespace AppServer.Core.Home;

/// <summary>
/// The server's home directory: <c>$CODEX_HOME</c>, else <c>~/.codex</c>. It holds the same files a Codex
/// user already has (config.toml, AGENTS.md, rules/, skills/) plus AppServer's own database.
/// </summary>
public sealed class CodexHome
{
    public CodexHome(string path)
    {
        if (!System.IO.Path.IsPathFullyQualified(path))
        {
            path = System.IO.Path.GetFullPath(path);
        }

        Path = path;
    }

    /// <summary>Absolute path of the home directory.</summary>
    public string Path { get; }

    /// <summary>Resolves the home from the environment the way the reference does.</summary>
    public static CodexHome FromEnvironment()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CODEX_HOME");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return new CodexHome(fromEnv);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new CodexHome(System.IO.Path.Combine(home, ".codex"));
    }

    /// <summary>Creates the directory if it does not exist yet.</summary>
    public void EnsureExists() => Directory.CreateDirectory(Path);

    /// <summary>A path inside the home directory.</summary>
    public string Resolve(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
