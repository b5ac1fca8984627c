using System.Diagnostics;
using AppServer.Sandbox.Executors;

namespace AppServer.Sandbox.Processes;

/// <summary>A process on stdin/stdout/stderr pipes.</summary>
internal sealed class PipeProcess : ChildProcess
{
    private readonly SemaphoreSlim _sinkGate = new(1, 1);
    private int _stdinClosed;

    private PipeProcess(Process process, LaunchPlan plan)
        : base(process, plan)
    {
    }

    public override bool IsTty => false;

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

    public override Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
        => Task.WhenAll(
            PumpAsync(Process.StandardOutput.BaseStream, OutputStreamKind.Stdout, sink),
            PumpAsync(Process.StandardError.BaseStream, OutputStreamKind.Stderr, sink));

    public override async ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _stdinClosed) != 0)
        {
            throw new InvalidOperationException("stdin is already closed");
        }

        var stdin = Process.StandardInput.BaseStream;
        await stdin.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await stdin.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
    {
        CloseStdinQuietly();
        return ValueTask.CompletedTask;
    }

    public override void Resize(TerminalSize size) => throw new InvalidOperationException("process is not attached to a PTY");

    protected override void DisposeIo() => _sinkGate.Dispose();

    private void CloseStdinQuietly()
    {
        if (Interlocked.Exchange(ref _stdinClosed, 1) == 0)
        {
            try
            {
                Process.StandardInput.Close();
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
