using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AppServer.Storage.Threads;

/// <summary>
/// Which process may write a thread: one writer per thread across every server sharing a <c>CODEX_HOME</c>
/// (an IDE and a terminal each start one). On Linux the claim is an open-file-description record lock
/// (<c>fcntl F_OFD_SETLK</c>) on one byte of <c>appserver.writers.lock</c>, the byte chosen by a 62-bit hash of
/// the thread id; the kernel drops it when the process ends, however it ends, so a killed writer never blocks
/// a thread and no heartbeat is needed. Elsewhere (macOS) each thread gets its own lock file in
/// <c>appserver.writers/</c>, locked with <c>flock</c> (same crash behaviour).
/// </summary>
/// <remarks>
/// Claims are per process: this class keeps the set of ids it holds, so claiming a held id again succeeds.
/// Callers (the thread registry) decide when to claim and release.
/// </remarks>
public sealed class ThreadWriterLocks : IDisposable
{
    /// <summary>File name inside the home directory.</summary>
    public const string FileName = "appserver.writers.lock";

    private readonly Lock _gate = new();
    private readonly string _home;
    private readonly Dictionary<string, FileStream?> _held = new(StringComparer.Ordinal);
    private FileStream? _regions;
    private bool _disposed;

    /// <summary>Opens (creating it if needed) the lock file in <paramref name="home"/>.</summary>
    public ThreadWriterLocks(string home) : this(home, useRegionLocks: OpenFileLocks.Supported)
    {
    }

    /// <summary>Opens the locks; <paramref name="useRegionLocks"/> false forces one file per thread (tests).</summary>
    internal ThreadWriterLocks(string home, bool useRegionLocks)
    {
        _home = home;
        if (useRegionLocks && OpenFileLocks.Supported)
        {
            // FileShare.ReadWrite: other servers open the same file; the byte-range locks do the excluding.
            _regions = new FileStream(Path.Combine(home, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
    }

    /// <summary>
    /// Claims the thread for this process. False when another process holds it; true when this process
    /// now holds it (or already did).
    /// </summary>
    public bool TryAcquire(string threadId)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_held.ContainsKey(threadId))
            {
                return true;
            }

            if (_regions is not null)
            {
                bool locked;
                try
                {
                    locked = OpenFileLocks.TryLock(_regions.SafeFileHandle, Offset(threadId));
                }
                catch (PlatformNotSupportedException)
                {
                    _regions.Dispose();
                    _regions = null;
                    return AcquireFile(threadId);
                }

                if (locked)
                {
                    _held[threadId] = null;
                }

                return locked;
            }

            return AcquireFile(threadId);
        }
    }

    /// <summary>True when this process holds the thread.</summary>
    public bool IsHeld(string threadId)
    {
        lock (_gate)
        {
            return _held.ContainsKey(threadId);
        }
    }

    /// <summary>Gives the thread up (no-op when not held).</summary>
    public void Release(string threadId)
    {
        lock (_gate)
        {
            if (_disposed || !_held.Remove(threadId, out var file))
            {
                return;
            }

            if (file is not null)
            {
                // The file stays: deleting it could let a second process lock a fresh inode while a third
                // still holds the old one.
                file.Dispose();
            }
            else if (_regions is not null)
            {
                OpenFileLocks.Unlock(_regions.SafeFileHandle, Offset(threadId));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var file in _held.Values)
            {
                file?.Dispose();
            }

            _held.Clear();
            _regions?.Dispose();
        }
    }

    /// <summary>A 62-bit offset, so offset + 1 stays within off_t; collisions need ~2^31 threads to be likely.</summary>
    internal static long Offset(string threadId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(threadId), hash);
        return (long)(BinaryPrimitives.ReadUInt64LittleEndian(hash) & 0x3FFF_FFFF_FFFF_FFFFUL);
    }

    private bool AcquireFile(string threadId)
    {
        if (!Guid.TryParse(threadId, out _))
        {
            throw new ArgumentException($"not a thread id: {threadId}", nameof(threadId));
        }

        var directory = Path.Combine(_home, "appserver.writers");
        Directory.CreateDirectory(directory);
        try
        {
            // FileShare.None takes flock(LOCK_EX | LOCK_NB) on Unix: refused while another process holds it.
            var file = new FileStream(Path.Combine(directory, threadId + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            _held[threadId] = file;
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
