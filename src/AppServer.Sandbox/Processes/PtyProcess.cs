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
internal sealed class PtyProcess : ChildProcess
{
    // $0 is the slave path, "$@" the command: open the slave read-write on fd 0, dup it to 1 and 2, and
    // exec setsid, which makes it the controlling terminal of a new session (-w: wait if setsid must fork).
    private const string Wrapper = "exec setsid -c -w \"$@\" <>\"$0\" >&0 2>&0";

    private readonly SafeFileHandle _master;
    private readonly FileStream _terminal;

    private PtyProcess(Process process, LaunchPlan plan, SafeFileHandle master)
        : base(process, plan)
    {
        _master = master;
        _terminal = new FileStream(master, FileAccess.ReadWrite, bufferSize: 0);
    }

    public override bool IsTty => true;

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

    public override Task PumpOutputAsync(Func<OutputStreamKind, ReadOnlyMemory<byte>, ValueTask> sink)
        => Task.Factory.StartNew(() => PumpAsync(sink), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    public override async ValueTask WriteStdinAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _terminal.WriteAsync(data, cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask CloseStdinAsync(CancellationToken cancellationToken = default)
        => WriteStdinAsync(new byte[] { 0x04 }, cancellationToken); // VEOF: end-of-file for the reader at a line start

    public override void Resize(TerminalSize size) => PtyNative.Resize(_master, size);

    protected override void DisposeIo() => _terminal.Dispose();

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
