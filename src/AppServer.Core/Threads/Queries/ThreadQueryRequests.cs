namespace AppServer.Core.Threads.Queries;

/// <summary>A <c>thread/list</c> query: filters, an order and where the page starts.</summary>
public sealed record ThreadListRequest
{
    public ThreadListOrder Order { get; init; } = ThreadListOrder.CreatedAt;

    public bool Descending { get; init; } = true;

    /// <summary>Page size; null or 0 is the default (25), at most 1000.</summary>
    public uint? Limit { get; init; }

    /// <summary>A <see cref="ThreadListPage.NextCursor"/> or <see cref="ThreadListPage.BackwardsCursor"/>, or null for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Archived threads only when true, non-archived only when false.</summary>
    public bool Archived { get; init; }

    /// <summary>Provider allowlist; null or empty = all.</summary>
    public IReadOnlyList<string>? ModelProviders { get; init; }

    /// <summary>Source-kind allowlist (wire names); null or empty = all.</summary>
    public IReadOnlyList<string>? SourceKinds { get; init; }

    /// <summary>Exact cwd allowlist; null or empty = all.</summary>
    public IReadOnlyList<string>? Cwds { get; init; }

    /// <summary>Case-insensitive substring of the name or preview; null or empty = no search.</summary>
    public string? SearchTerm { get; init; }

    /// <summary>Thread ids to leave out (each must be a valid thread id).</summary>
    public IReadOnlyList<string>? ExcludedIds { get; init; }
}

/// <summary>What a thread listing is ordered by.</summary>
public enum ThreadListOrder
{
    CreatedAt,
    UpdatedAt,
}

/// <summary>A <c>thread/turns/list</c> query over one thread's stored turns.</summary>
public sealed record TurnListRequest
{
    public required string ThreadId { get; init; }

    /// <summary>A cursor from a previous <see cref="TurnPage"/>, or null for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Page size; null or 0 is the default (25), at most 1000.</summary>
    public uint? Limit { get; init; }

    /// <summary>Newest first unless false.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>Whether each turn is read with its items.</summary>
    public bool WithItems { get; init; } = true;
}

/// <summary>A <c>thread/items/list</c> query over one thread's (or one turn's) stored items.</summary>
public sealed record ItemListRequest
{
    public required string ThreadId { get; init; }

    /// <summary>Only this turn's items, or null for the whole thread.</summary>
    public string? TurnId { get; init; }

    /// <summary>A cursor from a previous <see cref="ItemPage"/>, or null for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Page size; null or 0 is the default (100), at most 1000.</summary>
    public uint? Limit { get; init; }

    /// <summary>Oldest first unless true.</summary>
    public bool Descending { get; init; }
}
