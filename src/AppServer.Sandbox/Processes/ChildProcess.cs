using System.Diagnostics;
using AppServer.Sandbox.Executors;

namespace AppServer.Sandbox.Processes;

/// <summary>
/// What every running child shares, whatever carries its I/O: its id, waiting for exit (then the launch
/// plan's clean-up), killing the whole tree, and disposal. Subclasses own the I/O (pipes or a terminal).
/// </summary>
internal abstract class ChildProcess : IRunningProcess
{
    private readonly LaunchPlan _plan;
    private readonly Task<int> _exit;

    protected ChildProcess(Process process, LaunchPlan plan)
    {
        Process = process;
        _plan = plan;
        _exit = WaitAsync();
    }

    protected Process Process { get; }

    public int Id => Process.Id;

    public abstract bool IsTty { get; }

    public abstract Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink);

    public abstract ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    public abstract ValueTask CloseStdinAsync(CancellationToken cancellationToken = default);

    public abstract void Resize(TerminalSize size);

    public void Kill()
    {
        try
        {
            Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    public Task<int> WaitForExitAsync(CancellationToken cancellationToken = default) => _exit.WaitAsync(cancellationToken);

    public void Dispose()
    {
        if (!_exit.IsCompleted)
        {
            Kill(); // walking the process tree reads all of /proc: only when something may still run
        }

        Process.Dispose();
        DisposeIo();
    }

    /// <summary>Releases the subclass's I/O resources.</summary>
    protected abstract void DisposeIo();

    private async Task<int> WaitAsync()
    {
        await Process.WaitForExitAsync().ConfigureAwait(false);
        _plan.AfterExit();
        return Process.ExitCode;
    }
}
