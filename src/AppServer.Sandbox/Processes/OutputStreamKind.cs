namespace AppServer.Sandbox.Processes;

/// <summary>Which output stream a chunk came from (a PTY has only <see cref="Stdout"/>).</summary>
public enum OutputStreamKind
{
    /// <summary>Standard output, or the terminal output of a PTY.</summary>
    Stdout,

    /// <summary>Standard error.</summary>
    Stderr,
}
