using System.Collections.Concurrent;

namespace AppServer.Core.FileSearch;

/// <summary>
/// Streaming search sessions (<c>fuzzyFileSearch/session*</c>): each connection names its sessions; a session walks its
/// roots once and answers every new query from that snapshot, cancelling the query it replaces.
/// </summary>
public sealed class FileSearchSessions(FileSearchService search)
{
    private readonly ConcurrentDictionary<(string Connection, string Session), Session> sessions = new();

    /// <summary>Starts (or replaces) a session. Throws <see cref="ArgumentException"/> when no root is given.</summary>
    public void Start(string connection, string sessionId, IReadOnlyList<string> roots)
    {
        if (roots.Count == 0)
        {
            throw new ArgumentException("at least one search directory is required");
        }

        var session = new Session([.. roots]);
        if (sessions.TryGetValue((connection, sessionId), out var old))
        {
            old.Cancel();
        }

        sessions[(connection, sessionId)] = session;
    }

    /// <summary>True when the session exists.</summary>
    public bool Exists(string connection, string sessionId) => sessions.ContainsKey((connection, sessionId));

    /// <summary>
    /// Runs a query in a session; null when the session is gone or a newer query (or stop) replaced this one before it
    /// finished.
    /// </summary>
    public async Task<IReadOnlyList<FileSearchHit>?> QueryAsync(string connection, string sessionId, string query)
    {
        if (!sessions.TryGetValue((connection, sessionId), out var session))
        {
            return null;
        }

        var token = session.NextQuery();
        try
        {
            return await Task.Run(() =>
            {
                var entries = session.Entries(token);
                return search.Search(query, entries, token);
            }, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Ends a session (unknown ids are ignored).</summary>
    public void Stop(string connection, string sessionId)
    {
        if (sessions.TryRemove((connection, sessionId), out var session))
        {
            session.Cancel();
        }
    }

    /// <summary>Ends every session of a closed connection.</summary>
    public void StopAll(string connection)
    {
        foreach (var key in sessions.Keys.Where(k => k.Connection == connection).ToList())
        {
            Stop(key.Connection, key.Session);
        }
    }

    private sealed class Session(IReadOnlyList<string> roots)
    {
        private readonly Lock gate = new();
        private CancellationTokenSource current = new();
        private List<(string Root, WalkedEntry Entry)>? snapshot;

        public CancellationToken NextQuery()
        {
            lock (gate)
            {
                current.Cancel();
                current = new CancellationTokenSource();
                return current.Token;
            }
        }

        public List<(string Root, WalkedEntry Entry)> Entries(CancellationToken token)
        {
            var existing = Volatile.Read(ref snapshot);
            if (existing is not null)
            {
                return existing;
            }

            var walked = FileSearchService.Snapshot(roots, token);
            Interlocked.CompareExchange(ref snapshot, walked, null);
            return snapshot!;
        }

        public void Cancel()
        {
            lock (gate)
            {
                current.Cancel();
            }
        }
    }
}
