using System.Collections.Concurrent;

namespace AppServer.Agent.Tools.Agent;

/// <summary>The live exec_command sessions of the process, by session id.</summary>
public sealed class ExecSessionManager : IDisposable
{
    private readonly ConcurrentDictionary<int, AgentExecSession> _sessions = new();
    private int _nextId;

    public int NextId() => Interlocked.Increment(ref _nextId);

    public void Add(AgentExecSession session)
    {
        _sessions[session.Id] = session;
    }

    /// <summary>Forgets a session whose exit was reported to the model.</summary>
    public void Remove(int id)
    {
        if (_sessions.TryRemove(id, out var session))
        {
            session.Dispose();
        }
    }

    public AgentExecSession? Find(int id) => _sessions.GetValueOrDefault(id);

    /// <summary>Kills every session (server shutdown).</summary>
    public void Dispose()
    {
        foreach (var session in _sessions.Values)
        {
            session.Process.Kill();
        }
    }
}
