using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AppServer.Core.Home;
using AppServer.Storage.Threads;

namespace AppServer.Core.ReadState;

/// <summary>Where a thread's unread content starts.</summary>
/// <param name="ThreadStart">True when the thread was explicitly marked unread.</param>
/// <param name="TurnId">Otherwise the earliest finished turn not yet read, or null when all is read.</param>
public sealed record UnreadPosition(bool ThreadStart, string? TurnId);

/// <summary>A thread's read state: the first unread position (null: all read) and its revision.</summary>
public sealed record ThreadReadMark(UnreadPosition? FirstUnread, string Revision)
{
    /// <summary>The wire form.</summary>
    public Protocol.ReadState.ThreadReadState ToWire() => new()
    {
        FirstUnread = FirstUnread switch
        {
            null => null,
            { ThreadStart: true } => new Protocol.ReadState.ThreadUnreadPosition { Type = "threadStart" },
            { TurnId: var turnId } => new Protocol.ReadState.ThreadUnreadPosition { Type = "turn", TurnId = turnId },
        },
        Revision = Revision,
    };
}

/// <summary>
/// Durable per-thread read marks (<c>$CODEX_HOME/appserver-read-state.json</c>). A mark records either "marked
/// unread" or the last finished turn the user has read; the read state is derived from it and the thread's
/// turns, so new finished turns show up as unread on their own. The revision hashes the mark and the turns,
/// which is what lets <c>thread/readState/update</c> reject edits based on a stale view.
/// </summary>
public sealed class ThreadReadStateStore(IThreadStore threads, CodexHome home)
{
    /// <summary>The file name under the Codex home.</summary>
    public const string FileName = "appserver-read-state.json";

    private readonly Lock _lock = new();
    private Dictionary<string, StoredMark>? _marks;

    /// <summary>The read state of <paramref name="threadId"/>, or null when the thread has no durable history yet.</summary>
    public ThreadReadMark? Get(string threadId)
    {
        lock (_lock)
        {
            var finished = FinishedTurns(threadId);
            return finished is null ? null : Compute(threadId, finished, Marks().GetValueOrDefault(threadId));
        }
    }

    /// <summary>
    /// Marks the thread read (everything finished so far) or unread (from its start) if
    /// <paramref name="expectedRevision"/> is still current.
    /// </summary>
    /// <returns>The new state; null when the thread has no durable history; <c>Conflict</c> when the revision is stale.</returns>
    public (ThreadReadMark? State, bool Conflict) Update(string threadId, string expectedRevision, bool read)
    {
        lock (_lock)
        {
            var finished = FinishedTurns(threadId);
            if (finished is null)
            {
                return (null, false);
            }

            var marks = Marks();
            var current = Compute(threadId, finished, marks.GetValueOrDefault(threadId));
            if (current.Revision != expectedRevision)
            {
                return (current, true);
            }

            var mark = read ? new StoredMark(false, finished.LastOrDefault()?.Id) : new StoredMark(true, null);
            marks[threadId] = mark;
            Save(marks);
            return (Compute(threadId, finished, mark), false);
        }
    }

    private List<TurnRecord>? FinishedTurns(string threadId)
    {
        var thread = threads.GetThread(threadId);
        if (thread is null || !thread.Materialized)
        {
            return null;
        }

        return threads.ListTurns(threadId).Where(t => t.Status is not "inProgress").OrderBy(t => t.Sequence).ToList();
    }

    private static ThreadReadMark Compute(string threadId, List<TurnRecord> finished, StoredMark? mark)
    {
        UnreadPosition? position;
        if (mark is { Unread: true })
        {
            position = new UnreadPosition(true, null);
        }
        else
        {
            var readIndex = mark?.ReadThrough is { } readThrough ? finished.FindIndex(t => t.Id == readThrough) : -1;
            var firstUnread = finished.Skip(readIndex + 1).FirstOrDefault();
            position = firstUnread is null ? null : new UnreadPosition(false, firstUnread.Id);
        }

        var basis = $"{threadId}|{finished.Count}|{finished.LastOrDefault()?.Id}|{mark?.Unread}|{mark?.ReadThrough}";
        var revision = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..16];
        return new ThreadReadMark(position, revision);
    }

    private Dictionary<string, StoredMark> Marks()
    {
        if (_marks is not null)
        {
            return _marks;
        }

        var file = home.Resolve(FileName);
        try
        {
            _marks = File.Exists(file)
                ? JsonSerializer.Deserialize<Dictionary<string, StoredMark>>(File.ReadAllText(file)) ?? []
                : [];
        }
        catch (JsonException)
        {
            // A damaged file only loses read marks: threads show as unread again.
            _marks = [];
        }

        return _marks;
    }

    private void Save(Dictionary<string, StoredMark> marks)
    {
        var file = home.Resolve(FileName);
        var temp = file + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(marks));
        File.Move(temp, file, overwrite: true);
    }

    private sealed record StoredMark(bool Unread, string? ReadThrough);
}
