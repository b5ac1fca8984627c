namespace AppServer.Agent.ExecPolicy;

/// <summary>A <c>.rules</c> file that could not be read; the message names the file, line and column.</summary>
public sealed class RulesParseException(string file, int line, int column, string detail)
    : Exception($"{file}:{line}:{column}: {detail}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
