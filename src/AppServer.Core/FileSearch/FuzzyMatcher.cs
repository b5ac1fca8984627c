namespace AppServer.Core.FileSearch;

/// <summary>A scored fuzzy match: the score and the matched character positions (ascending).</summary>
internal readonly record struct FuzzyMatch(uint Score, int[] Indices);

/// <summary>
/// The fuzzy scorer behind file search. It follows the fzf/nucleo family of scorers in "path" mode, which the reference
/// uses: every query character must appear in order (case-insensitive); each match earns 16 plus a bonus for where it
/// falls (after '/' 9, after other punctuation or a space 8, camelCase or a digit run 5), the first query character's
/// bonus counts double, runs of consecutive matches keep the bonus of their start (at least 4), and gaps cost 3 to open
/// and 1 per further skipped character. Whitespace splits the query into terms whose scores add up.
/// </summary>
internal static class FuzzyMatcher
{
    private const int ScoreMatch = 16;
    private const int GapStart = 3;
    private const int GapExtension = 1;
    private const int BonusBoundary = 8;
    private const int BonusDelimiter = BonusBoundary + 1;
    private const int BonusCamel = BonusBoundary - GapStart;
    private const int BonusConsecutive = GapStart + GapExtension;
    private const int FirstCharMultiplier = 2;

    private enum CharClass { Whitespace, NonWord, Delimiter, Lower, Upper, Letter, Number }

    /// <summary>Splits a query into its whitespace-separated terms, lower-cased.</summary>
    public static string[] Terms(string query)
        => query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.ToLowerInvariant()).ToArray();

    /// <summary>Scores <paramref name="haystack"/> against all <paramref name="terms"/>; null when one does not match.</summary>
    public static FuzzyMatch? Match(string haystack, string[] terms)
    {
        if (terms.Length == 0)
        {
            return null;
        }

        if (terms.Length == 1)
        {
            return MatchTerm(haystack, terms[0]);
        }

        uint total = 0;
        var indices = new SortedSet<int>();
        foreach (var term in terms)
        {
            if (MatchTerm(haystack, term) is not { } m)
            {
                return null;
            }

            total += m.Score;
            indices.UnionWith(m.Indices);
        }

        return new FuzzyMatch(total, [.. indices]);
    }

    /// <summary>
    /// Scores one term (already lower-case) against <paramref name="haystack"/> from <paramref name="start"/> on, as if
    /// that part were the whole text (indices still count from the beginning); null when the term's characters do not
    /// all appear in order.
    /// </summary>
    public static FuzzyMatch? MatchTerm(string haystack, string term, int start = 0)
    {
        int n = term.Length, m = haystack.Length - start;
        if (n == 0 || n > m || !IsSubsequence(haystack.AsSpan(start), term))
        {
            return null;
        }

        var scratch = Scratch.For(n, m);
        var lower = scratch.Lower;
        var bonus = scratch.Bonus;
        var prev = CharClass.Delimiter; // path mode: the start of the text counts as just after a '/'
        for (int j = 0; j < m; j++)
        {
            char c = haystack[start + j];
            var cls = Classify(c);
            bonus[j] = BonusFor(prev, cls);
            lower[j] = char.ToLowerInvariant(c);
            prev = cls;
        }

        const int None = int.MinValue / 2;
        // score[i,j]: best score with term[i] matched at j; run[i,j]: the bonus a consecutive successor keeps;
        // from[i,j]: where term[i-1] was matched on that best path (for the indices).
        var score = scratch.Score;
        var run = scratch.Run;
        var from = scratch.From;
        for (int j = 0; j < m; j++)
        {
            score[(0) * m + j] = lower[j] == term[0] ? ScoreMatch + bonus[j] * FirstCharMultiplier : None;
            run[(0) * m + j] = bonus[j];
            from[(0) * m + j] = -1;
        }

        for (int i = 1; i < n; i++)
        {
            // gapBest: best score[i-1,k] - gap penalty for a match at j, over k <= j-2; gapFrom its k.
            int gapBest = None, gapFrom = -1;
            for (int j = 0; j < m; j++)
            {
                score[(i) * m + j] = None;
                if (j >= 2)
                {
                    int opened = score[(i - 1) * m + j - 2] - GapStart;
                    int extended = gapBest - GapExtension;
                    if (opened >= extended)
                    {
                        gapBest = opened;
                        gapFrom = j - 2;
                    }
                    else
                    {
                        gapBest = extended;
                    }
                }

                if (lower[j] != term[i] || j == 0)
                {
                    continue;
                }

                int best = None, bestRun = 0, bestFrom = -1;
                if (score[(i - 1) * m + j - 1] > None)
                {
                    int carried = Math.Max(run[(i - 1) * m + j - 1], BonusConsecutive);
                    if (bonus[j] >= BonusBoundary && bonus[j] > carried)
                    {
                        carried = bonus[j];
                    }

                    best = score[(i - 1) * m + j - 1] + ScoreMatch + Math.Max(carried, bonus[j]);
                    bestRun = carried;
                    bestFrom = j - 1;
                }

                if (gapBest > None / 2 && gapBest + ScoreMatch + bonus[j] > best)
                {
                    best = gapBest + ScoreMatch + bonus[j];
                    bestRun = bonus[j];
                    bestFrom = gapFrom;
                }

                score[(i) * m + j] = best;
                run[(i) * m + j] = bestRun;
                from[(i) * m + j] = bestFrom;
            }
        }

        int end = -1, top = None;
        for (int j = 0; j < m; j++)
        {
            if (score[(n - 1) * m + j] > top)
            {
                top = score[(n - 1) * m + j];
                end = j;
            }
        }

        if (end < 0 || top <= None / 2)
        {
            return null;
        }

        var indices = new int[n];
        for (int i = n - 1, j = end; i >= 0; i--)
        {
            indices[i] = j + start;
            j = from[(i) * m + j];
        }

        return new FuzzyMatch((uint)Math.Max(top, 0), indices);
    }

    /// <summary>Per-thread buffers so scoring thousands of paths allocates nothing but the indices.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        public char[] Lower = [];
        public int[] Bonus = [];
        public int[] Score = [];
        public int[] Run = [];
        public int[] From = [];

        public static Scratch For(int n, int m)
        {
            var s = current ??= new Scratch();
            if (s.Lower.Length < m)
            {
                s.Lower = new char[m * 2];
                s.Bonus = new int[m * 2];
            }

            if (s.Score.Length < n * m)
            {
                s.Score = new int[n * m * 2];
                s.Run = new int[n * m * 2];
                s.From = new int[n * m * 2];
            }

            return s;
        }
    }

    private static bool IsSubsequence(ReadOnlySpan<char> haystack, string term)
    {
        int i = 0;
        foreach (char c in haystack)
        {
            if (char.ToLowerInvariant(c) == term[i] && ++i == term.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static CharClass Classify(char c)
    {
        if (c is >= 'a' and <= 'z') return CharClass.Lower;
        if (c is >= 'A' and <= 'Z') return CharClass.Upper;
        if (c is >= '0' and <= '9') return CharClass.Number;
        if (c == '/') return CharClass.Delimiter;
        if (char.IsWhiteSpace(c)) return CharClass.Whitespace;
        if (char.IsLower(c)) return CharClass.Lower;
        if (char.IsUpper(c)) return CharClass.Upper;
        if (char.IsDigit(c)) return CharClass.Number;
        if (char.IsLetter(c)) return CharClass.Letter;
        return CharClass.NonWord;
    }

    private static int BonusFor(CharClass prev, CharClass cls)
    {
        if (cls > CharClass.Delimiter)
        {
            switch (prev)
            {
                case CharClass.Whitespace:
                case CharClass.NonWord:
                    return BonusBoundary;
                case CharClass.Delimiter:
                    return BonusDelimiter;
            }
        }

        if ((prev == CharClass.Lower && cls == CharClass.Upper) || (prev != CharClass.Number && cls == CharClass.Number))
        {
            return BonusCamel;
        }

        return cls is CharClass.Whitespace or CharClass.NonWord ? BonusBoundary : 0;
    }
}
