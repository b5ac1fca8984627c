namespace AppServer.Sandbox.Processes;

/// <summary>
/// A spawned process, on pipes or on a pseudo-terminal. Reusable by anything that runs commands
/// (<c>command/exec</c>, the agent's <c>exec_command</c> sessions).
/// </summary>
public interface IRunningProcess : IDisposable
{
    /// <summary>The OS process id of the outermost process (the sandbox wrapper when there is one).</summary>
    int Id { get; }

    /// <summary>Whether the process runs on a pseudo-terminal.</summary>
    bool IsTty { get; }

    /// <summary>
    /// Delivers output to <paramref name="sink"/> until every stream ends. Calls to the sink never overlap.
    /// Call once.
    /// </summary>
    Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink);

    /// <summary>Writes bytes to stdin (to the terminal, for a PTY).</summary>
    ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    /// <summary>Closes stdin; on a PTY this sends end-of-file (Ctrl-D).</summary>
    ValueTask CloseStdinAsync(CancellationToken cancellationToken = default);

    /// <summary>Resizes the terminal; the foreground job gets SIGWINCH.</summary>
    /// <exception cref="InvalidOperationException">The process has no PTY.</exception>
    void Resize(TerminalSize size);

    /// <summary>Kills the process and everything it started (SIGKILL).</summary>
    void Kill();

    /// <summary>Waits for the process to exit; returns its exit code (128 + signal when killed by one).</summary>
    Task<int> WaitForExitAsync(CancellationToken cancellationToken = default);
}
