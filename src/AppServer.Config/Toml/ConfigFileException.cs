namespace AppServer.Config.Toml;

/// <summary>
/// A config file that cannot be used: a TOML syntax error or a value of the wrong type. Carries the file
/// and the 1-based line and column so the client can point at the problem.
/// </summary>
public sealed class ConfigFileException(string file, int line, int column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    /// <summary>Absolute path of the offending file.</summary>
    public string File { get; } = file;

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; } = column;

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; } = reason;
}
