using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AppServer.Storage.Threads;

/// <summary>
/// Linux open-file-description record locks (<c>fcntl F_OFD_SETLK</c>). Unlike classic POSIX locks (what
/// <see cref="FileStream.Lock"/> uses) they belong to the open file, not the process: another open and close
/// of the same file in this process — a client reading it with <c>fs/readFile</c>, say — does not drop them.
/// The kernel releases them when the file is closed, which includes the process dying.
/// </summary>
internal static class OpenFileLocks
{
    private const int FOfdSetLk = 37;
    private const short FWrLck = 1;
    private const short FUnLck = 2;
    private const int EAgain = 11;
    private const int EAccess = 13;

    // struct flock on 64-bit Linux (x86_64 and aarch64 share it): 32 bytes, l_start at offset 8.
    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    /// <summary>True on the platforms this works on (64-bit Linux).</summary>
    public static bool Supported => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>Takes a write lock on one byte; false when another open file holds it.</summary>
    /// <exception cref="PlatformNotSupportedException">The kernel has no OFD locks (before Linux 3.15).</exception>
    public static bool TryLock(SafeFileHandle file, long offset) => Set(file, offset, FWrLck);

    /// <summary>Releases the byte.</summary>
    public static void Unlock(SafeFileHandle file, long offset) => Set(file, offset, FUnLck);

    private static bool Set(SafeFileHandle file, long offset, short type)
    {
        var request = new Flock { Type = type, Whence = 0, Start = offset, Length = 1 };
        if (Fcntl(file, FOfdSetLk, ref request) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno switch
        {
            EAgain or EAccess => false,
            22 => throw new PlatformNotSupportedException("fcntl(F_OFD_SETLK) is not supported by this kernel"),
            _ => throw new IOException($"fcntl(F_OFD_SETLK): {Marshal.GetPInvokeErrorMessage(errno)} (os error {errno})"),
        };
    }

    [DllImport("libc.so.6", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(SafeFileHandle fd, int command, ref Flock request);
}
