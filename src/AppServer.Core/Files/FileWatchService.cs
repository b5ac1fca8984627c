using System.Collections.Concurrent;
using AppServer.Protocol.Errors;

namespace AppServer.Core.Files;

/// <summary>
/// <c>fs/watch</c>: connection-scoped watches that report changed paths, debounced. A directory watch sees
/// its direct children; a file (or not-yet-existing path) is watched through its parent directory so a
/// replace-by-rename is still seen.
/// </summary>
public sealed class FileWatchService
{
    private readonly ConcurrentDictionary<(string Connection, string WatchId), Watch> _watches = new();

    /// <summary>Starts a watch; returns the canonical path.</summary>
    /// <param name="connectionId">Owning connection.</param>
    /// <param name="watchId">Client-chosen id, unique per connection.</param>
    /// <param name="path">Absolute path.</param>
    /// <param name="onChanged">Receives the changed absolute paths (sorted, distinct).</param>
    /// <param name="connectionClosed">Ends the watch with the connection.</param>
    public string Watch(string connectionId, string watchId, string path, Action<IReadOnlyList<string>> onChanged, CancellationToken connectionClosed)
    {
        var canonical = PathResolution.Canonicalize(path);
        var key = (connectionId, watchId);
        var watch = new Watch(canonical, onChanged);
        if (!_watches.TryAdd(key, watch))
        {
            watch.Dispose();
            throw new InvalidRequestException($"watchId already exists: {watchId}");
        }

        watch.Start();
        connectionClosed.Register(() => Unwatch(connectionId, watchId));
        return canonical;
    }

    /// <summary>Stops a watch; unknown ids are ignored.</summary>
    public void Unwatch(string connectionId, string watchId)
    {
        if (_watches.TryRemove((connectionId, watchId), out var watch))
        {
            watch.Dispose();
        }
    }
}

/// <summary>One active watch: a <see cref="FileSystemWatcher"/> plus a debounce buffer.</summary>
public sealed class Watch(string path, Action<IReadOnlyList<string>> onChanged) : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;
    private Timer? _timer;
    private bool _disposed;

    public void Start()
    {
        var isDirectory = Directory.Exists(path);
        var directory = isDirectory ? path : Path.GetDirectoryName(path);
        if (directory is null || !Directory.Exists(directory))
        {
            return; // nothing to observe yet; the reference also accepts such watches
        }

        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size
                | NotifyFilters.Attributes | NotifyFilters.CreationTime,
        };
        FileSystemEventHandler changed = (_, e) => Observe(isDirectory, e.FullPath);
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            Observe(isDirectory, e.OldFullPath);
            Observe(isDirectory, e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    public void Dispose()
    {
        lock (_pending)
        {
            _disposed = true;
            _timer?.Dispose();
        }

        _watcher?.Dispose();
    }

    private void Observe(bool isDirectory, string changedPath)
    {
        if (!isDirectory && changedPath != path)
        {
            return; // a sibling of the watched file
        }

        lock (_pending)
        {
            if (_disposed)
            {
                return;
            }

            _pending.Add(changedPath);
            _timer ??= new Timer(_ => Flush(), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] paths;
        lock (_pending)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed || _pending.Count == 0)
            {
                return;
            }

            paths = [.. _pending];
            _pending.Clear();
        }

        onChanged(paths);
    }
}
