using AppServer.Agent.Models;
using AppServer.Core.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Agent.Turns;

/// <summary>
/// The model-facing side of one loaded thread: its raw history, the settings the next turn runs with, and
/// the running turn. <c>turn/start</c>, <c>turn/steer</c> and <c>turn/interrupt</c> land here. A
/// <see cref="ThreadSession"/> owns it (see <see cref="TurnConversationFactory"/>).
/// </summary>
public sealed class ThreadConversation : IThreadConversation
{
    private readonly Lock _gate = new();
    private readonly TurnServices _services;
    // Turn settings from thread settings (reads the effective config); null when the settings are fixed.
    private readonly Func<ThreadSettings, TurnSettings>? _resolve;
    private List<string>? _history;
    private TurnSettings? _settings;
    // Thread settings not yet turned into turn settings: resolved on first use, so config is read then.
    private ThreadSettings? _pending;
    private TurnRunner? _active;
    private ThreadUsage? _usage;
    private bool _usageLoaded;

    public ThreadConversation(ITurnHost host, ITurnRecorder recorder, TurnServices services, TurnSettings settings)
    {
        Host = host;
        Recorder = recorder;
        _services = services;
        _settings = settings;
    }

    /// <summary>A conversation whose turn settings follow its thread's settings (resolved when first needed).</summary>
    internal ThreadConversation(ITurnHost host, ITurnRecorder recorder, TurnServices services, ThreadSettings settings,
        Func<ThreadSettings, TurnSettings> resolve)
    {
        Host = host;
        Recorder = recorder;
        _services = services;
        _resolve = resolve;
        _pending = settings;
    }

    public ITurnHost Host { get; }

    public ITurnRecorder Recorder { get; }

    public string ThreadId => Host.ThreadId;

    /// <summary>Settings for the next turn.</summary>
    public TurnSettings Settings
    {
        get { lock (_gate) { return SettingsLocked(); } }
        set { lock (_gate) { _settings = value; _pending = null; } }
    }

    /// <summary>Serialises <c>turn/start</c>s, so the thread row is written in the order the overrides applied.</summary>
    internal Lock StartGate { get; } = new();

    /// <summary>
    /// The thread's settings were replaced (<c>thread/resume</c> with overrides): the next turn's settings are
    /// derived from them again, as when the conversation was created.
    /// </summary>
    public void SettingsChanged(ThreadSettings settings)
    {
        if (_resolve is null)
        {
            return;
        }

        lock (_gate)
        {
            _pending = settings;
        }
    }

    private TurnSettings SettingsLocked()
    {
        if (_pending is { } pending)
        {
            _settings = _resolve!(pending);
            _pending = null;
        }

        return _settings!;
    }

    /// <summary>The environment context and permissions last sent to the model (for settings-change diffs).</summary>
    internal EnvironmentContext? LastContext { get; set; }

    internal string? LastPermissions { get; set; }

    /// <summary>The running turn's id, or null.</summary>
    public string? ActiveTurnId
    {
        get { lock (_gate) { return _active?.TurnId; } }
    }

    /// <summary>
    /// Starts a turn, or steers the running one (the reference's <c>turn/start</c> during a turn). Overrides are
    /// applied to the thread's settings either way. Call <see cref="TurnStart.Begin"/> once the response is sent.
    /// </summary>
    public TurnStart StartOrSteer(TurnInput input, Func<TurnSettings, TurnSettings> applyOverrides, TurnClientIdentity identity)
    {
        lock (_gate)
        {
            var settings = _settings = applyOverrides(SettingsLocked());
            if (_active is { } running)
            {
                running.EnqueueSteer(input);
                return new TurnStart(running.PendingTurn(), null);
            }

            var runner = new TurnRunner(this, _services, settings, input, identity);
            _active = runner;
            Host.SetActiveTurn(runner.TurnId);
            return new TurnStart(runner.PendingTurn(), runner);
        }
    }

    /// <summary><c>turn/steer</c>: more input for the running turn.</summary>
    public string Steer(string expectedTurnId, TurnInput input)
    {
        lock (_gate)
        {
            if (_active is null)
            {
                throw new TurnRequestException("no active turn to steer");
            }

            if (_active.TurnId != expectedTurnId)
            {
                throw new TurnRequestException($"expected active turn id {expectedTurnId} but found {_active.TurnId}");
            }

            _active.EnqueueSteer(input);
            return _active.TurnId;
        }
    }

    /// <summary>
    /// Validates a <c>turn/interrupt</c> and returns the action that stops the turn (run it after the response,
    /// so <c>turn/completed</c> follows the <c>{}</c>).
    /// </summary>
    public Action PrepareInterrupt(string turnId)
    {
        lock (_gate)
        {
            if (_active is null)
            {
                throw new TurnRequestException("no active turn to interrupt");
            }

            if (_active.TurnId != turnId)
            {
                throw new TurnRequestException($"expected active turn id {turnId} but found {_active.TurnId}");
            }

            var runner = _active;
            return runner.Interrupt;
        }
    }

    /// <summary>Stops the running turn, if any (thread unload, shutdown) and waits for it to finish.</summary>
    public Task InterruptAndWaitAsync()
    {
        TurnRunner? runner;
        lock (_gate)
        {
            runner = _active;
        }

        if (runner is null)
        {
            return Task.CompletedTask;
        }

        runner.Interrupt();
        return runner.Completion;
    }

    /// <summary>Stops the running turn, if any, without waiting (the session was unloaded).</summary>
    public void Dispose()
    {
        TurnRunner? runner;
        lock (_gate)
        {
            runner = _active;
        }

        runner?.Interrupt();
    }

    internal IReadOnlyList<string> HistorySnapshot()
    {
        lock (_gate)
        {
            _history ??= [.. Recorder.LoadHistory()];
            return [.. _history];
        }
    }

    internal bool HistoryIsEmpty()
    {
        lock (_gate)
        {
            _history ??= [.. Recorder.LoadHistory()];
            return _history.Count == 0;
        }
    }

    /// <summary>Commits an item and/or history entries, then adds the entries to the in-memory history.</summary>
    internal void Commit(string turnId, Protocol.Items.ThreadItem? item, long startedAtMs, long? completedAtMs, IReadOnlyList<string> history)
    {
        Recorder.Commit(turnId, item, startedAtMs, completedAtMs, history);
        if (history.Count > 0)
        {
            lock (_gate)
            {
                _history ??= [.. Recorder.LoadHistory().SkipLast(history.Count)];
                _history.AddRange(history);
            }
        }
    }

    /// <summary>Adds a model response's usage to the thread's totals (stored before it is announced).</summary>
    internal ThreadUsage AddUsage(string turnId, TokenUsage last)
    {
        lock (_gate)
        {
            var total = (UsageLocked()?.Total ?? default) + last;
            var usage = new ThreadUsage(turnId, total, last);
            // Stored first: a failed write leaves memory and disk agreeing.
            Recorder.SaveUsage(usage);
            _usage = usage;
            return usage;
        }
    }

    /// <summary>The thread's token usage so far (from the store after a restart), or null before any model response.</summary>
    public ThreadUsage? Usage
    {
        get { lock (_gate) { return UsageLocked(); } }
    }

    private ThreadUsage? UsageLocked()
    {
        if (!_usageLoaded)
        {
            _usage = Recorder.LoadUsage();
            _usageLoaded = true;
        }

        return _usage;
    }

    /// <summary>Clears the running turn and publishes the final notifications atomically with respect to a new turn/start.</summary>
    internal void Finish(TurnRunner runner, Action publishFinal)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_active, runner))
            {
                _active = null;
                Host.SetActiveTurn(null);
            }

            publishFinal();
        }
    }
}

/// <summary>The result of <see cref="ThreadConversation.StartOrSteer"/>.</summary>
/// <param name="Turn">The turn to return to the client (<c>inProgress</c>).</param>
/// <param name="Runner">The new turn to begin after the response, or null when the request steered.</param>
public sealed record TurnStart(Turn Turn, TurnRunner? Runner)
{
    /// <summary>Starts the new turn (no-op for a steer).</summary>
    public void Begin() => Runner?.Start();
}

/// <summary>A turn request that cannot be served: -32600 with the reference's message.</summary>
public sealed class TurnRequestException(string message) : Protocol.Errors.RpcException(Protocol.Errors.ErrorCodes.InvalidRequest, message);
