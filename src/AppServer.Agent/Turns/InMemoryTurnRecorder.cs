using AppServer.Protocol.Items;

namespace AppServer.Agent.Turns;

/// <summary>Keeps history in memory only: for ephemeral threads, which are never written to disk.</summary>
public sealed class InMemoryTurnRecorder : ITurnRecorder
{
    private readonly Lock _gate = new();
    private readonly List<string> _history = [];

    private ThreadUsage? _usage;

    public List<TurnSnapshot> Turns { get; } = [];

    public ThreadUsage? LoadUsage()
    {
        lock (_gate)
        {
            return _usage;
        }
    }

    public void SaveUsage(ThreadUsage usage)
    {
        lock (_gate)
        {
            _usage = usage;
        }
    }

    public List<(string TurnId, ThreadItem Item)> Items { get; } = [];

    public IReadOnlyList<string> LoadHistory()
    {
        lock (_gate)
        {
            return [.. _history];
        }
    }

    public void SaveTurn(TurnSnapshot turn)
    {
        lock (_gate)
        {
            Turns.RemoveAll(t => t.Id == turn.Id);
            Turns.Add(turn);
        }
    }

    public void SaveTurnLater(TurnSnapshot turn) => SaveTurn(turn);

    public void Commit(string turnId, ThreadItem? item, long startedAtMs, long? completedAtMs, IReadOnlyList<string> history)
    {
        lock (_gate)
        {
            if (item is not null)
            {
                Items.RemoveAll(i => i.Item.Id == item.Id);
                Items.Add((turnId, item));
            }

            _history.AddRange(history);
        }
    }
}
