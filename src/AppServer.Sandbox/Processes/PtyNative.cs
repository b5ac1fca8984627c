using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AppServer.Sandbox.Processes;

/// <summary>The libc calls needed to allocate a pseudo-terminal master and size it.</summary>
internal static class PtyNative
{
    private const string Libc = "libc";

    static PtyNative()
    {
        // "libc" alone does not resolve on glibc (libc.so is a linker script); name the real library.
        NativeLibrary.SetDllImportResolver(typeof(PtyNative).Assembly, (name, assembly, path) =>
            name == Libc
                ? NativeLibrary.Load(OperatingSystem.IsMacOS() ? "/usr/lib/libSystem.dylib" : "libc.so.6", assembly, path)
                : IntPtr.Zero);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WinSize
    {
        public ushort Rows;
        public ushort Cols;
        public ushort XPixel;
        public ushort YPixel;
    }

    /// <summary>Opens a new PTY master (close-on-exec, not our controlling terminal) and returns it with the slave's path.</summary>
    public static (SafeFileHandle Master, string SlavePath) OpenMaster(TerminalSize size)
    {
        var flags = OperatingSystem.IsMacOS() ? 0x2 | 0x20000 | 0x1000000 : 0x2 | 0x100 | 0x80000; // O_RDWR | O_NOCTTY | O_CLOEXEC
        var fd = posix_openpt(flags);
        if (fd < 0)
        {
            throw Error("posix_openpt");
        }

        var master = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (grantpt(fd) != 0)
            {
                throw Error("grantpt");
            }

            if (unlockpt(fd) != 0)
            {
                throw Error("unlockpt");
            }

            var slave = SlaveName(fd);
            Resize(master, size);
            return (master, slave);
        }
        catch
        {
            master.Dispose();
            throw;
        }
    }

    /// <summary>Sets the terminal size (TIOCSWINSZ); the kernel signals the foreground job.</summary>
    public static void Resize(SafeFileHandle master, TerminalSize size)
    {
        var request = OperatingSystem.IsMacOS() ? 0x80087467UL : 0x5414UL;
        var winSize = new WinSize { Rows = size.Rows, Cols = size.Cols };
        if (ioctl((int)master.DangerousGetHandle(), request, ref winSize) != 0)
        {
            throw Error("ioctl(TIOCSWINSZ)");
        }
    }

    private static string SlaveName(int fd)
    {
        if (OperatingSystem.IsMacOS())
        {
            return Marshal.PtrToStringUTF8(ptsname(fd)) ?? throw Error("ptsname");
        }

        var buffer = new byte[128];
        var rc = ptsname_r(fd, buffer, buffer.Length);
        if (rc != 0)
        {
            throw new IOException($"ptsname_r: {Marshal.GetPInvokeErrorMessage(rc)}");
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0));
    }

    private static IOException Error(string call)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call}: {Marshal.GetPInvokeErrorMessage(errno)} (os error {errno})");
    }

    [DllImport(Libc, SetLastError = true)]
    private static extern int posix_openpt(int flags);

    [DllImport(Libc, SetLastError = true)]
    private static extern int grantpt(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int unlockpt(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int ptsname_r(int fd, byte[] buffer, nint length);

    [DllImport(Libc, SetLastError = true)]
    private static extern IntPtr ptsname(int fd);

    [DllImport(Libc, SetLastError = true)]
    private static extern int ioctl(int fd, ulong request, ref WinSize size);
}
