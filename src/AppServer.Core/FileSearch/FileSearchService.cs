namespace AppServer.Core.FileSearch;

/// <summary>
/// Fuzzy file search over one or more roots: walks each root, scores every entry and keeps the best
/// <see cref="MaxResults"/>, ordered by score (descending) then path.
/// </summary>
public sealed class FileSearchService
{
    /// <summary>How many matches a search returns at most (the reference's limit).</summary>
    public const int MaxResults = 50;

    /// <summary>Searches the roots afresh.</summary>
    public IReadOnlyList<FileSearchHit> Search(string query, IReadOnlyList<string> roots, CancellationToken cancellation = default)
    {
        var terms = FuzzyMatcher.Terms(query);
        if (terms.Length == 0)
        {
            return [];
        }

        // Each root's walk is scored as it is, without first copying every entry into one combined snapshot.
        TopMatches? best = null;
        foreach (var root in roots)
        {
            var entries = FileTreeWalker.Walk(Absolute(root), cancellation);
            var top = Best(terms, entries.Count, i => (root, entries[i]), cancellation);
            if (best is null)
            {
                best = top;
            }
            else
            {
                best.Absorb(top);
            }
        }

        return best?.Sorted() ?? [];
    }

    /// <summary>Searches an already-walked list of entries (a session's snapshot).</summary>
    public IReadOnlyList<FileSearchHit> Search(string query, IReadOnlyList<(string Root, WalkedEntry Entry)> entries, CancellationToken cancellation = default)
    {
        var terms = FuzzyMatcher.Terms(query);
        return terms.Length == 0 ? [] : Best(terms, entries.Count, i => entries[i], cancellation).Sorted();
    }

    private static TopMatches Best(string[] terms, int count, Func<int, (string Root, WalkedEntry Entry)> entryAt, CancellationToken cancellation)
    {
        // Large snapshots are scored in parallel slices, each keeping its own best list, then merged.
        int slices = count < 8192 ? 1 : Environment.ProcessorCount;
        var partial = new TopMatches[slices];
        Parallel.For(0, slices, new ParallelOptions { CancellationToken = cancellation }, slice =>
        {
            var best = new TopMatches(MaxResults);
            int from = (int)((long)count * slice / slices), to = (int)((long)count * (slice + 1) / slices);
            for (int i = from; i < to; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                var (root, entry) = entryAt(i);
                best.Offer(root, entry, terms);
            }

            partial[slice] = best;
        });

        for (int i = 1; i < slices; i++)
        {
            partial[0].Absorb(partial[i]);
        }

        return partial[0];
    }

    /// <summary>Walks the roots once, for a session to search repeatedly.</summary>
    public static List<(string Root, WalkedEntry Entry)> Snapshot(IReadOnlyList<string> roots, CancellationToken cancellation = default)
    {
        var entries = new List<(string, WalkedEntry)>();
        foreach (var root in roots)
        {
            foreach (var entry in FileTreeWalker.Walk(Absolute(root), cancellation))
            {
                entries.Add((root, entry));
            }
        }

        return entries;
    }

    private static string Absolute(string root) => Path.GetFullPath(root).TrimEnd('/') is { Length: > 0 } p ? p : "/";

    /// <summary>A bounded heap of the best hits so far; the worst kept hit is on top.</summary>
    private sealed class TopMatches(int capacity)
    {
        private static readonly Comparer<(uint Score, string Path)> WorstFirst = Comparer<(uint Score, string Path)>.Create(
            (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(b.Path, a.Path));

        private readonly PriorityQueue<(string Root, WalkedEntry Entry, FuzzyMatch Match), (uint, string)> heap = new(WorstFirst);

        public void Offer(string root, in WalkedEntry entry, string[] terms)
        {
            if (FileSearchScorer.Score(entry, terms) is not { } match)
            {
                return;
            }

            Offer((root, entry, match), (match.Score, entry.RelativePath));
        }

        private void Offer((string Root, WalkedEntry Entry, FuzzyMatch Match) item, (uint, string) key)
        {
            if (heap.Count < capacity)
            {
                heap.Enqueue(item, key);
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Compare(key, worst) > 0)
            {
                heap.EnqueueDequeue(item, key);
            }
        }

        public void Absorb(TopMatches other)
        {
            foreach (var (item, key) in other.heap.UnorderedItems)
            {
                Offer(item, key);
            }
        }

        public List<FileSearchHit> Sorted()
        {
            var hits = new List<FileSearchHit>(heap.Count);
            while (heap.TryDequeue(out var item, out _))
            {
                var (root, entry, match) = item;
                hits.Add(new FileSearchHit(root, entry.RelativePath, entry.RelativePath[entry.NameStart..], entry.IsDirectory, match.Score, match.Indices));
            }

            hits.Reverse();
            return hits;
        }
    }
}
