using System.Diagnostics;
using AppServer.Sandbox.Executors;

namespace AppServer.Sandbox.Processes;

/// <summary>A process on stdin/stdout/stderr pipes.</summary>
internal sealed class PipeProcess : IRunningProcess
{
    private readonly Process _process;
    private readonly LaunchPlan _plan;
    private readonly SemaphoreSlim _sinkGate = new(1, 1);
    private readonly Task<int> _exit;
    private int _stdinClosed;

    private PipeProcess(Process process, LaunchPlan plan)
    {
        _process = process;
        _plan = plan;
        _exit = WaitAsync();
    }

    public int Id => _process.Id;

    public bool IsTty => false;

    public static PipeProcess Start(LaunchPlan plan, bool keepStdinOpen)
    {
        var process = Process.Start(ProcessRunner.CreateStartInfo(plan, plan.Argv))!;
        var running = new PipeProcess(process, plan);
        if (!keepStdinOpen)
        {
            running.CloseStdinQuietly();
        }

        return running;
    }

    public Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
        => Task.WhenAll(
            PumpAsync(_process.StandardOutput.BaseStream, OutputStreamKind.Stdout, sink),
            PumpAsync(_process.StandardError.BaseStream, OutputStreamKind.Stderr, sink));

    public async ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _stdinClosed) != 0)
        {
            throw new InvalidOperationException("stdin is already closed");
        }

        var stdin = _process.StandardInput.BaseStream;
        await stdin.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await stdin.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
    {
        CloseStdinQuietly();
        return ValueTask.CompletedTask;
    }

    public void Resize(TerminalSize size) => throw new InvalidOperationException("process is not attached to a PTY");

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
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

        _process.Dispose();
        _sinkGate.Dispose();
    }

    private async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _plan.AfterExit();
        return _process.ExitCode;
    }

    private void CloseStdinQuietly()
    {
        if (Interlocked.Exchange(ref _stdinClosed, 1) == 0)
        {
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process already went away.
            }
        }
    }

    private async Task PumpAsync(Stream stream, OutputStreamKind kind, Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                return;
            }

            if (read == 0)
            {
                return;
            }

            await _sinkGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await sink(kind, buffer.AsMemory(0, read)).ConfigureAwait(false);
            }
            finally
            {
                _sinkGate.Release();
            }
        }
    }
}
