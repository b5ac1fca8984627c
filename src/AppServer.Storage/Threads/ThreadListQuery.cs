namespace AppServer.Storage.Threads;

/// <summary>What <see cref="IThreadStore.ListThreads"/> returns: a filter, an order and a keyset position.</summary>
public sealed record ThreadListQuery
{
    public ThreadSortKey SortKey { get; init; } = ThreadSortKey.CreatedAt;

    public bool Descending { get; init; } = true;

    /// <summary>Page size (at least 1).</summary>
    public int Limit { get; init; } = 25;

    /// <summary>Exclusive keyset position from a previous page, or null for the first page.</summary>
    public ThreadListCursor? After { get; init; }

    /// <summary>Archived threads only when true, non-archived only when false.</summary>
    public bool Archived { get; init; }

    /// <summary>Only threads with a turn (the reference does not list empty threads).</summary>
    public bool MaterializedOnly { get; init; } = true;

    /// <summary>Provider allowlist; null or empty = all.</summary>
    public IReadOnlyList<string>? ModelProviders { get; init; }

    /// <summary>Source-kind allowlist; null or empty = all.</summary>
    public IReadOnlyList<string>? SourceKinds { get; init; }

    /// <summary>Exact cwd allowlist; null or empty = all.</summary>
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>Case-insensitive substring of the name or preview.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Thread ids to leave out.</summary>
    public IReadOnlyList<string>? ExcludedIds { get; init; }
}

/// <summary>Column a thread listing is ordered by.</summary>
public enum ThreadSortKey
{
    CreatedAt,
    UpdatedAt,
}

/// <summary>A keyset position: the sort value and id of the last row already returned.</summary>
public sealed record ThreadListCursor(long SortValue, string Id);

/// <summary>One page of threads and where the next page starts (null at the end).</summary>
public sealed record ThreadPage(IReadOnlyList<ThreadRecord> Threads, ThreadListCursor? Next);
