using System.Collections.Concurrent;
using AppServer.Core.Clients;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Storage.Threads;

namespace AppServer.Core.Threads;

/// <summary>
/// The loaded threads of this process and who is subscribed to them. A connection is dropped from every
/// thread when it closes; a thread nobody is subscribed to and that did nothing for
/// <see cref="IdleTimeout"/> is unloaded (<c>thread/status/changed</c> notLoaded + <c>thread/closed</c> to
/// connections that were subscribed to it).
/// </summary>
public sealed class ThreadRegistry : IDisposable
{
    /// <summary>The idle-unload timeout unless the host configures another (tests shorten it).</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, ThreadSession> _threads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenRegistration> _watchedConnections = new(StringComparer.Ordinal);
    private readonly Timer _sweeper;
    // Serialises loading/subscribing with idle unloading, so a thread is never unloaded under a new subscriber.
    private readonly Lock _lifecycle = new();

    // One writer per thread across processes: a persistent thread is claimed while it is loaded here.
    private readonly ThreadWriterLocks? _writers;

    public ThreadRegistry()
        : this(DefaultIdleTimeout)
    {
    }

    /// <summary>A registry that claims each persistent thread it loads in <paramref name="writers"/>.</summary>
    public ThreadRegistry(ThreadWriterLocks writers)
        : this(DefaultIdleTimeout, writers)
    {
    }

    public ThreadRegistry(TimeSpan idleTimeout, ThreadWriterLocks? writers = null)
    {
        IdleTimeout = idleTimeout;
        _writers = writers;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(idleTimeout.TotalMilliseconds / 4, 50, 60_000));
        _sweeper = new Timer(_ => SweepIdle(), null, period, period);
    }

    /// <summary>How long an unsubscribed, inactive thread stays loaded (30 minutes by default).</summary>
    public TimeSpan IdleTimeout { get; }

    /// <summary>The loaded thread with this id, or null.</summary>
    public ThreadSession? Find(string threadId) => _threads.GetValueOrDefault(threadId);

    /// <summary>Ids of all loaded threads, oldest first (UUIDv7 order).</summary>
    public IReadOnlyList<string> LoadedIds() => [.. _threads.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Loads a thread (or returns the one already loaded with that id).</summary>
    /// <exception cref="ThreadRequestException">Another process is the thread's writer.</exception>
    public ThreadSession Load(ThreadRecord record, ThreadSettings settings, bool ephemeral)
    {
        lock (_lifecycle)
        {
            if (_threads.TryGetValue(record.Id, out var existing))
            {
                return existing;
            }

            if (!ephemeral)
            {
                ClaimWriter(record.Id);
            }

            var thread = new ThreadSession(record, settings, ephemeral);
            _threads[record.Id] = thread;
            return thread;
        }
    }

    /// <summary>
    /// Makes this process the thread's writer (a no-op when it already is), before anything is written for it.
    /// </summary>
    /// <exception cref="ThreadRequestException"><c>thread &lt;id&gt; already has an active writer</c>.</exception>
    public void ClaimWriter(string threadId)
    {
        if (!TryClaimWriter(threadId))
        {
            throw ThreadRequestException.ActiveWriter(threadId);
        }
    }

    /// <summary>Like <see cref="ClaimWriter"/>, false when another process holds the thread.</summary>
    public bool TryClaimWriter(string threadId) => _writers?.TryAcquire(threadId) ?? true;

    /// <summary>Gives up a claim taken with <see cref="ClaimWriter"/> unless the thread is loaded here.</summary>
    public void ReleaseWriterUnlessLoaded(string threadId)
    {
        lock (_lifecycle)
        {
            if (!_threads.ContainsKey(threadId))
            {
                _writers?.Release(threadId);
            }
        }
    }

    /// <summary>Subscribes <paramref name="client"/>; false when it already was.</summary>
    public bool Subscribe(ThreadSession thread, IClientChannel client)
    {
        lock (_lifecycle)
        {
            // Unloaded by the idle sweep between lookup and subscribe: load it again (its writer claim too).
            if (!_threads.ContainsKey(thread.Id))
            {
                if (!thread.Ephemeral)
                {
                    ClaimWriter(thread.Id);
                }

                _threads[thread.Id] = thread;
                thread.MarkLoaded();
            }

            WatchConnection(client);
            return thread.Subscribe(client);
        }
    }

    /// <summary>Removes the thread from memory and returns who should hear about it.</summary>
    public IReadOnlyList<IClientChannel> Unload(string threadId)
    {
        lock (_lifecycle)
        {
            if (!_threads.TryRemove(threadId, out var thread))
            {
                return [];
            }

            _writers?.Release(threadId);
            return thread.Unload();
        }
    }

    /// <summary>Unloads threads that have been idle for <see cref="IdleTimeout"/>.</summary>
    public void SweepIdle()
    {
        var now = Environment.TickCount64;
        foreach (var thread in _threads.Values)
        {
            IReadOnlyList<IClientChannel> audience;
            lock (_lifecycle)
            {
                if (!thread.IsIdleFor((long)IdleTimeout.TotalMilliseconds, now) || !_threads.TryRemove(thread.Id, out _))
                {
                    continue;
                }

                _writers?.Release(thread.Id);
                audience = thread.Unload();
            }

            var batch = new NotificationBatch();
            batch.Add(audience, ThreadMethods.StatusChanged,
                new ThreadStatusChangedNotification { ThreadId = thread.Id, Status = ThreadStatusMapping.ToWire(ThreadRuntimeStatus.NotLoaded) });
            batch.Add(audience, ThreadMethods.Closed, new ThreadClosedNotification { ThreadId = thread.Id });
            batch.Send();
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var registration in _watchedConnections.Values)
        {
            registration.Dispose();
        }
    }

    private void WatchConnection(IClientChannel client)
    {
        if (_watchedConnections.ContainsKey(client.ConnectionId))
        {
            return;
        }

        var registration = client.Closed.Register(() =>
        {
            foreach (var thread in _threads.Values)
            {
                thread.Forget(client);
            }

            if (_watchedConnections.TryRemove(client.ConnectionId, out var own))
            {
                own.Dispose();
            }
        });
        if (!_watchedConnections.TryAdd(client.ConnectionId, registration))
        {
            registration.Dispose();
        }
    }
}
