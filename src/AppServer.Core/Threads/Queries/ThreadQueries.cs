using AppServer.Storage.Threads;
using StoredSortKey = AppServer.Storage.Threads.ThreadSortKey;

namespace AppServer.Core.Threads.Queries;

/// <summary>
/// The read side of threads for the front door: listing, paging and cursors over threads, turns, items and
/// loaded threads. Cursors are opaque strings made and checked here; a bad one is <c>invalid cursor: …</c>.
/// </summary>
public sealed class ThreadQueries
{
    private const int DefaultPageSize = 25;
    private const int DefaultItemPageSize = 100;
    private const int MaxPageSize = 1000;

    private readonly IThreadStore _store;
    private readonly ThreadRegistry _registry;
    private readonly ThreadDatabase _database;

    /// <summary>Queries over <paramref name="database"/>'s threads and the threads loaded in <paramref name="registry"/>.</summary>
    public ThreadQueries(IThreadStore store, ThreadRegistry registry, ThreadDatabase database)
    {
        _store = store;
        _registry = registry;
        _database = database;
    }

    /// <summary>Where persistent threads are stored (the wire's <c>path</c>).</summary>
    public string DatabasePath => _database.Path;

    /// <summary>One page of listed (materialized) threads.</summary>
    public ThreadListPage ListThreads(ThreadListRequest request)
    {
        var query = new ThreadListQuery
        {
            SortKey = request.Order == ThreadListOrder.UpdatedAt ? StoredSortKey.UpdatedAt : StoredSortKey.CreatedAt,
            Descending = request.Descending,
            Limit = PageSize(request.Limit, DefaultPageSize),
            After = request.Cursor is { } cursor ? PageCursor.DecodeThread(cursor) : null,
            Archived = request.Archived,
            ModelProviders = request.ModelProviders,
            SourceKinds = request.SourceKinds is { Count: > 0 } kinds ? kinds : null,
            Cwds = request.Cwds,
            SearchTerm = string.IsNullOrEmpty(request.SearchTerm) ? null : request.SearchTerm,
            ExcludedIds = request.ExcludedIds is { Count: > 0 } excluded ? [.. excluded.Select(ThreadId.Parse)] : null,
        };
        var page = _store.ListThreads(query);
        string? backwards = null;
        if (page.Threads.Count > 0)
        {
            // Paging back (opposite direction) anchors at the start of the first row's second, so rows
            // updated within that same second are not skipped.
            var first = page.Threads[0];
            var value = query.SortKey == StoredSortKey.UpdatedAt ? first.UpdatedAtMs : first.CreatedAtMs;
            var secondStart = value - (value % 1000);
            backwards = PageCursor.Encode(query.Descending
                ? new ThreadListCursor(secondStart - 1, "")
                : new ThreadListCursor(secondStart + 1000, ""));
        }

        return new ThreadListPage(
            [.. page.Threads.Select(ThreadInfo.From)],
            page.Next is { } next ? PageCursor.Encode(next) : null,
            backwards);
    }

    /// <summary>One page of a thread's stored turns.</summary>
    /// <exception cref="ThreadRequestException"><c>thread not loaded: id</c> when the thread is unknown.</exception>
    public TurnPage ListTurns(TurnListRequest request)
    {
        var threadId = RequireKnown(request.ThreadId);
        var size = PageSize(request.Limit, DefaultPageSize);
        var after = request.Cursor is not null ? PageCursor.DecodeSequence("turn", request.Cursor) : (long?)null;
        var rows = _store.ListTurns(threadId, after, size + 1, request.Descending);
        var page = rows.Take(size).ToList();
        return new TurnPage(
            [.. page.Select(t => TurnInfo.From(t, request.WithItems ? Items(_store.ListItems(threadId, t.Id)) : []))],
            rows.Count > size ? PageCursor.EncodeSequence("turn", page[^1].Sequence) : null,
            page.Count > 0 ? PageCursor.EncodeSequence("turn", page[0].Sequence + (request.Descending ? -1 : 1)) : null);
    }

    /// <summary>One page of a thread's (or one turn's) stored items.</summary>
    /// <exception cref="ThreadRequestException"><c>thread not loaded: id</c> when the thread is unknown.</exception>
    public ItemPage ListItems(ItemListRequest request)
    {
        var threadId = RequireKnown(request.ThreadId);
        var size = PageSize(request.Limit, DefaultItemPageSize);
        var after = request.Cursor is not null ? PageCursor.DecodeSequence("item", request.Cursor) : (long?)null;
        var rows = _store.ListItems(threadId, request.TurnId, after, size + 1, request.Descending);
        var page = rows.Take(size).ToList();
        return new ItemPage(
            Items(page),
            rows.Count > size ? PageCursor.EncodeSequence("item", page[^1].Sequence) : null,
            page.Count > 0 ? PageCursor.EncodeSequence("item", page[0].Sequence + (request.Descending ? -1 : 1)) : null);
    }

    /// <summary>Every stored turn of the thread with all its items, oldest first.</summary>
    public IReadOnlyList<TurnInfo> AllTurns(string threadId)
    {
        var itemsByTurn = _store.ListItems(threadId).ToLookup(i => i.TurnId);
        return [.. _store.ListTurns(threadId).Select(t => TurnInfo.From(t, Items([.. itemsByTurn[t.Id]])))];
    }

    /// <summary>Cursors "after" the thread's newest turn and item, so a descending first page starts with them.</summary>
    public (string? Turns, string? Items) NewestCursors(string threadId)
    {
        var lastTurn = _store.ListTurns(threadId, null, 1, descending: true);
        var lastItem = _store.ListItems(threadId, null, null, 1, descending: true);
        return (lastTurn.Count > 0 ? PageCursor.EncodeSequence("turn", lastTurn[0].Sequence + 1) : null,
            lastItem.Count > 0 ? PageCursor.EncodeSequence("item", lastItem[0].Sequence + 1) : null);
    }

    /// <summary>Ids of the threads loaded in this process, after <paramref name="cursor"/>; all of them unless <paramref name="limit"/> is positive.</summary>
    public LoadedThreadPage ListLoaded(string? cursor, uint? limit)
    {
        var ids = _registry.LoadedIds();
        if (cursor is not null)
        {
            var after = PageCursor.DecodeId(cursor);
            ids = [.. ids.Where(id => string.CompareOrdinal(id, after) > 0)];
        }

        string? nextCursor = null;
        if (limit is { } max && max > 0 && ids.Count > max)
        {
            ids = [.. ids.Take((int)max)];
            nextCursor = PageCursor.EncodeId(ids[^1]);
        }

        return new LoadedThreadPage(ids, nextCursor);
    }

    private static int PageSize(uint? limit, int fallback) => limit is { } l and > 0 ? (int)Math.Min(l, MaxPageSize) : fallback;

    private static IReadOnlyList<ItemInfo> Items(IReadOnlyList<ItemRecord> items) => [.. items.Select(ItemInfo.From)];

    /// <summary>The thread's id when it is stored or loaded ephemeral (whose history pages are empty).</summary>
    private string RequireKnown(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        if (_registry.Find(id) is { Ephemeral: true } ephemeral)
        {
            return ephemeral.Record.Id;
        }

        return _store.GetThread(id)?.Id ?? throw ThreadRequestException.NotLoaded(id);
    }
}
