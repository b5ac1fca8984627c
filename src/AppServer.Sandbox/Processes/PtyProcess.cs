using System.Diagnostics;
using AppServer.Sandbox.Executors;
using Microsoft.Win32.SafeHandles;

namespace AppServer.Sandbox.Processes;

/// <summary>
/// A process on a pseudo-terminal. The .NET process is never forked by hand: the child is started with
/// <see cref="Process.Start()"/> through <c>sh</c>, which opens the terminal slave as stdin/stdout/stderr,
/// and util-linux <c>setsid --ctty</c>, which starts a new session with that terminal as its controlling
/// terminal before exec'ing the command (or its sandbox wrapper).
/// </summary>
internal sealed class PtyProcess : IRunningProcess
{
    // $0 is the slave path, "$@" the command: open the slave read-write on fd 0, dup it to 1 and 2, and
    // exec setsid, which makes it the controlling terminal of a new session (-w: wait if setsid must fork).
    private const string Wrapper = "exec setsid -c -w \"$@\" <>\"$0\" >&0 2>&0";

    private readonly Process _process;
    private readonly LaunchPlan _plan;
    private readonly SafeFileHandle _master;
    private readonly FileStream _terminal;
    private readonly Task<int> _exit;

    private PtyProcess(Process process, LaunchPlan plan, SafeFileHandle master)
    {
        _process = process;
        _plan = plan;
        _master = master;
        _terminal = new FileStream(master, FileAccess.ReadWrite, bufferSize: 0);
        _exit = WaitAsync();
    }

    public int Id => _process.Id;

    public bool IsTty => true;

    public static PtyProcess Start(LaunchPlan plan, TerminalSize size)
    {
        var (master, slavePath) = PtyNative.OpenMaster(size);
        try
        {
            var start = ProcessRunner.CreateStartInfo(plan, ["/bin/sh", "-c", Wrapper, slavePath, .. plan.Argv]);
            var process = Process.Start(start)!;
            // The wrapper's own pipes are unused: everything goes through the terminal.
            process.StandardInput.Close();
            return new PtyProcess(process, plan, master);
        }
        catch
        {
            master.Dispose();
            throw;
        }
    }

    public Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
        => Task.Factory.StartNew(() => PumpAsync(sink), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    public async ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _terminal.WriteAsync(data, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
        => WriteStdinAsync(new byte[] { 0x04 }, cancellationToken); // VEOF: end-of-file for the reader at a line start

    public void Resize(TerminalSize size) => PtyNative.Resize(_master, size);

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
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
        _terminal.Dispose();
    }

    private async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _plan.AfterExit();
        return _process.ExitCode;
    }

    private async Task PumpAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                // Blocking read on a dedicated thread; Linux reports EIO once every slave descriptor is closed.
                read = _terminal.Read(buffer, 0, buffer.Length);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                return;
            }

            if (read == 0)
            {
                return;
            }

            await sink(OutputStreamKind.Stdout, buffer.AsMemory(0, read)).ConfigureAwait(false);
        }
    }
}
