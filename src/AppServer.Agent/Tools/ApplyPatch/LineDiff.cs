using System.Text;

namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Line-based unified diffs (Myers' O(ND) algorithm), used for <c>fileChange</c> hunks and the
/// aggregated <c>turn/diff/updated</c> text.
/// </summary>
internal static class LineDiff
{
    private enum Op { Equal, Delete, Insert }

    /// <summary>
    /// The <c>@@ -a,b +c,d @@</c> hunks (no file headers) turning <paramref name="oldText"/> into
    /// <paramref name="newText"/>, with <paramref name="context"/> lines of context. Empty when equal.
    /// </summary>
    public static string Hunks(string oldText, string newText, int context = 3)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var script = Diff(a, b);
        var sb = new StringBuilder();
        int n = script.Count, idx = 0;
        while (idx < n)
        {
            // Find the next change.
            while (idx < n && script[idx].Op == Op.Equal)
            {
                idx++;
            }

            if (idx >= n)
            {
                break;
            }

            int start = Math.Max(0, idx - context);
            int end = idx;
            // Extend the hunk while changes are separated by at most 2*context equal lines.
            while (end < n)
            {
                if (script[end].Op != Op.Equal)
                {
                    end++;
                    continue;
                }

                int run = end;
                while (run < n && script[run].Op == Op.Equal)
                {
                    run++;
                }

                if (run >= n || run - end > 2 * context)
                {
                    end = Math.Min(end + context, run);
                    break;
                }

                end = run;
            }

            var first = script[start];
            int oldStart = first.OldIndex, newStart = first.NewIndex, oldCount = 0, newCount = 0;
            var body = new StringBuilder();
            for (int k = start; k < end; k++)
            {
                var e = script[k];
                switch (e.Op)
                {
                    case Op.Equal: body.Append(' ').Append(a[e.OldIndex]).Append('\n'); oldCount++; newCount++; break;
                    case Op.Delete: body.Append('-').Append(a[e.OldIndex]).Append('\n'); oldCount++; break;
                    default: body.Append('+').Append(b[e.NewIndex]).Append('\n'); newCount++; break;
                }
            }

            sb.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n").Append(body);
            idx = end;
        }

        return sb.ToString();
    }

    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    /// <summary>Lines without their terminators; a final newline does not make an extra empty line.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private readonly record struct Edit(Op Op, int OldIndex, int NewIndex);

    private static List<Edit> Diff(List<string> a, List<string> b)
    {
        // Trim the common prefix and suffix: most edits are small, so Myers only sees the middle.
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var result = new List<Edit>();
        for (int i = 0; i < prefix; i++)
        {
            result.Add(new Edit(Op.Equal, i, i));
        }

        result.AddRange(Myers(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix));
        for (int i = 0; i < suffix; i++)
        {
            result.Add(new Edit(Op.Equal, a.Count - suffix + i, b.Count - suffix + i));
        }

        return result;
    }

    private static List<Edit> Myers(List<string> a, List<string> b, int aLo, int aHi, int bLo, int bHi)
    {
        int n = aHi - aLo, m = bHi - bLo, max = n + m;
        var edits = new List<Edit>();
        if (max == 0)
        {
            return edits;
        }

        var v = new int[2 * max + 2];
        var trace = new List<int[]>();
        int offset = max;
        for (int d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aLo + x] == b[bLo + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, aLo, bLo);
                }
            }
        }

        return edits;
    }

    private static List<Edit> Backtrack(List<int[]> trace, int offset, int n, int m, int aLo, int bLo)
    {
        var edits = new List<Edit>();
        int x = n, y = m;
        for (int d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            int k = x - y;
            int prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = d == 0 ? 0 : v[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                x--;
                y--;
                edits.Add(new Edit(Op.Equal, aLo + x, bLo + y));
            }

            if (d > 0)
            {
                if (x == prevX)
                {
                    y--;
                    edits.Add(new Edit(Op.Insert, aLo + x, bLo + y));
                }
                else
                {
                    x--;
                    edits.Add(new Edit(Op.Delete, aLo + x, bLo + y));
                }
            }
        }

        edits.Reverse();
        return edits;
    }
}
