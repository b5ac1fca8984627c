using System.Text.Json;
using AppServer.Protocol.Items;
using AppServer.Protocol.Serialization;
using AppServer.Storage.Threads;

namespace AppServer.Agent.Turns;

/// <summary>Records a thread's turns, items and raw history in the SQLite store (one transaction per call).</summary>
public sealed class StoreTurnRecorder(IThreadStore store, IThreadHistoryStore history, string threadId, TimeProvider clock) : ITurnRecorder
{
    private readonly Lock _gate = new();

    // The running turn's row, re-sent with each write so the store attributes history entries to the turn.
    private TurnRecord? _current;

    // Finished turns' rows that could not be written (disk full), written before the next write.
    private readonly List<TurnRecord> _unsaved = [];

    public IReadOnlyList<string> LoadHistory() => [.. history.ReadHistory(threadId).Select(e => e.ItemJson)];

    public ThreadUsage? LoadUsage() => ThreadUsage.FromJson(store.GetThread(threadId)?.TokenUsageJson);

    public void SaveUsage(ThreadUsage usage)
    {
        FlushUnsaved();
        store.UpdateThread(threadId, new ThreadPatch { TokenUsageJson = usage.ToJson() });
    }

    public void SaveTurn(TurnSnapshot turn)
    {
        FlushUnsaved();
        var record = ToRecord(turn);
        store.SaveTurn(record);
        _current = record;
    }

    public void SaveTurnLater(TurnSnapshot turn)
    {
        lock (_gate)
        {
            _unsaved.RemoveAll(t => t.Id == turn.Id);
            _unsaved.Add(ToRecord(turn));
        }
    }

    private void FlushUnsaved()
    {
        lock (_gate)
        {
            while (_unsaved.Count > 0)
            {
                store.SaveTurn(_unsaved[0]);
                _unsaved.RemoveAt(0);
            }
        }
    }

    public void Commit(string turnId, ThreadItem? item, long startedAtMs, long? completedAtMs, IReadOnlyList<string> history)
    {
        ThreadPatch? patch = null;
        if (item is UserMessageThreadItem user)
        {
            // The first real user message becomes the thread's preview (thread/list).
            var text = string.Join("\n", user.Content.OfType<TextUserInput>().Select(t => t.Text));
            patch = new ThreadPatch { PreviewIfEmpty = text.Length > 0 ? text : null, TouchedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        }

        FlushUnsaved();
        store.Commit(new ThreadWrite
        {
            ThreadId = threadId,
            Turn = _current?.Id == turnId ? _current : null,
            Items = item is null
                ? []
                :
                [
                    new ItemRecord
                    {
                        Id = item.Id,
                        ThreadId = threadId,
                        TurnId = turnId,
                        ItemType = JsonSerializer.SerializeToElement(item, ProtocolJson.Options).GetProperty("type").GetString()!,
                        ItemJson = JsonSerializer.Serialize(item, ProtocolJson.Options),
                        StartedAtMs = startedAtMs,
                        CompletedAtMs = completedAtMs,
                    },
                ],
            History = history,
            Patch = patch,
        });
    }

    private TurnRecord ToRecord(TurnSnapshot turn) => new()
    {
        Id = turn.Id,
        ThreadId = threadId,
        Status = turn.Status,
        StartedAtMs = turn.StartedAtMs,
        CompletedAtMs = turn.CompletedAtMs,
        DurationMs = turn.DurationMs,
        ErrorJson = turn.Error is null ? null : JsonSerializer.Serialize(turn.Error, ProtocolJson.Options),
        RootTurnId = turn.RootTurnId,
    };
}
