using System.Runtime.InteropServices;

namespace AppServer.Testing;

/// <summary>Signals for lifecycle tests (Process.Kill only sends SIGKILL).</summary>
public static class Posix
{
    public const int SIGTERM = 15;
    public const int SIGINT = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillNative(int pid, int signal);

    public static void Kill(int pid, int signal)
    {
        if (KillNative(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }
}
