namespace AppServer.Sandbox.Processes;

/// <summary>A terminal size in character cells.</summary>
public readonly record struct TerminalSize(ushort Rows, ushort Cols)
{
    /// <summary>The size used when the caller gives none.</summary>
    public static TerminalSize Default { get; } = new(24, 80);
}
