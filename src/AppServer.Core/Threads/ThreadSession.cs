using AppServer.Core.Clients;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Storage.Threads;

namespace AppServer.Core.Threads;

/// <summary>
/// A live thread: its metadata snapshot, typed settings, runtime status, the connections subscribed to it and
/// its <see cref="Conversation"/> (history and the running turn). Owned by the <see cref="ThreadRegistry"/>;
/// the <see cref="ThreadManager"/> creates the conversation when it loads the thread. <see cref="Publish"/> is
/// the one way to send a notification about the thread: every subscriber receives every notification, in the
/// same order.
/// </summary>
/// <remarks>
/// The conversation reads <see cref="Settings"/>, sets <see cref="ActiveTurnId"/> while a turn runs (which also
/// keeps the thread from being unloaded or deleted), changes the status with <see cref="SetStatus"/> and
/// publishes <c>turn/*</c> and <c>item/*</c> notifications through <see cref="Publish"/>. Ephemeral threads
/// (<see cref="Ephemeral"/>) must not be written to the store.
/// </remarks>
public sealed class ThreadSession
{
    private readonly Lock _gate = new();
    private readonly List<IClientChannel> _subscribers = [];
    // Connections that were subscribed once and are still open: told when the thread is closed.
    private readonly List<IClientChannel> _formerSubscribers = [];
    private ThreadRecord _record;
    private ThreadSettings _settings;
    private ThreadRuntimeStatus _status = ThreadRuntimeStatus.Idle;
    private string? _activeTurnId;
    private long _lastActivityMs;
    private IThreadConversation? _conversation;

    internal ThreadSession(ThreadRecord record, ThreadSettings settings, bool ephemeral)
    {
        _record = record;
        _settings = settings;
        Ephemeral = ephemeral;
        _lastActivityMs = Environment.TickCount64;
    }

    /// <summary>The thread id.</summary>
    public string Id => _record.Id;

    /// <summary>True when nothing about the thread is written to disk.</summary>
    public bool Ephemeral { get; }

    /// <summary>The latest metadata (for ephemeral threads, the only copy).</summary>
    public ThreadRecord Record
    {
        get { lock (_gate) { return _record; } }
        internal set { lock (_gate) { _record = value; } }
    }

    /// <summary>Effective settings for the next turn. Written only by the <see cref="ThreadManager"/>.</summary>
    public ThreadSettings Settings
    {
        get { lock (_gate) { return _settings; } }
        internal set { lock (_gate) { _settings = value; } }
    }

    /// <summary>The model-facing side of the thread, or null when no agent loop is registered.</summary>
    public IThreadConversation? Conversation
    {
        get { lock (_gate) { return _conversation; } }
    }

    /// <summary>Replaces the settings from outside the conversation and tells it, so later turns follow them.</summary>
    internal void ReplaceSettings(ThreadSettings settings)
    {
        IThreadConversation? conversation;
        lock (_gate)
        {
            _settings = settings;
            conversation = _conversation;
        }

        conversation?.SettingsChanged(settings);
    }

    /// <summary>Creates the conversation on first load (a no-op when it exists or there is no factory).</summary>
    internal void AttachConversation(IThreadConversationFactory? factory)
    {
        if (factory is null)
        {
            return;
        }

        lock (_gate)
        {
            _conversation ??= factory.Create(this);
        }
    }

    /// <summary>Current runtime status.</summary>
    public ThreadRuntimeStatus Status
    {
        get { lock (_gate) { return _status; } }
    }

    /// <summary>The running turn, or null when idle. Set by the turn engine.</summary>
    public string? ActiveTurnId
    {
        get { lock (_gate) { return _activeTurnId; } }
        set { lock (_gate) { _activeTurnId = value; _lastActivityMs = Environment.TickCount64; } }
    }

    /// <summary>The connections currently subscribed.</summary>
    public IReadOnlyList<IClientChannel> Subscribers
    {
        get { lock (_gate) { return [.. _subscribers]; } }
    }

    /// <summary>Sends a notification to every subscriber, in publish order.</summary>
    public void Publish<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload)
    {
        lock (_gate)
        {
            _lastActivityMs = Environment.TickCount64;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Notify(notification, payload);
            }
        }
    }

    /// <summary>
    /// Changes the status and publishes <c>thread/status/changed</c> when it actually changed.
    /// </summary>
    public void SetStatus(ThreadRuntimeStatus status)
    {
        lock (_gate)
        {
            if (_status.Equals(status))
            {
                return;
            }

            _status = status;
            Publish(ThreadMethods.StatusChanged, new ThreadStatusChangedNotification
            {
                ThreadId = Id,
                Status = ThreadStatusMapping.ToWire(status),
            });
        }
    }

    /// <summary>Marks activity now (keeps the thread from idle unload).</summary>
    public void Touch()
    {
        lock (_gate)
        {
            _lastActivityMs = Environment.TickCount64;
        }
    }

    internal bool Subscribe(IClientChannel client)
    {
        lock (_gate)
        {
            _lastActivityMs = Environment.TickCount64;
            _formerSubscribers.Remove(client);
            if (_subscribers.Contains(client))
            {
                return false;
            }

            _subscribers.Add(client);
            return true;
        }
    }

    internal bool Unsubscribe(IClientChannel client)
    {
        lock (_gate)
        {
            _lastActivityMs = Environment.TickCount64;
            if (!_subscribers.Remove(client))
            {
                return false;
            }

            if (!client.Closed.IsCancellationRequested)
            {
                _formerSubscribers.Add(client);
            }

            return true;
        }
    }

    internal void Forget(IClientChannel client)
    {
        lock (_gate)
        {
            _subscribers.Remove(client);
            _formerSubscribers.Remove(client);
        }
    }

    internal bool IsSubscribed(IClientChannel client)
    {
        lock (_gate)
        {
            return _subscribers.Contains(client);
        }
    }

    /// <summary>True when no one is subscribed, no turn runs and nothing happened for <paramref name="idleMs"/>.</summary>
    internal bool IsIdleFor(long idleMs, long nowTicks)
    {
        lock (_gate)
        {
            return _subscribers.Count == 0 && _activeTurnId is null && nowTicks - _lastActivityMs >= idleMs;
        }
    }

    /// <summary>Back in memory after an unload: idle again.</summary>
    internal void MarkLoaded()
    {
        lock (_gate)
        {
            if (_status.Kind == ThreadStatusKind.NotLoaded)
            {
                _status = ThreadRuntimeStatus.Idle;
            }

            _lastActivityMs = Environment.TickCount64;
        }
    }

    /// <summary>Marks the thread unloaded and returns everyone who should hear about it.</summary>
    internal IReadOnlyList<IClientChannel> Unload()
    {
        IReadOnlyList<IClientChannel> audience;
        IThreadConversation? conversation;
        lock (_gate)
        {
            _status = ThreadRuntimeStatus.NotLoaded;
            audience = [.. _subscribers, .. _formerSubscribers.Where(c => !c.Closed.IsCancellationRequested)];
            _subscribers.Clear();
            _formerSubscribers.Clear();
            conversation = _conversation;
        }

        // Outside the gate: stopping a turn publishes through this session.
        conversation?.Dispose();
        return audience;
    }
}
