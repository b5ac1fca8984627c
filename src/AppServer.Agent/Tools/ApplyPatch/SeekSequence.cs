namespace AppServer.Agent.Tools.ApplyPatch;

/// <summary>
/// Finds a run of lines in a file, from strict to forgiving: exact, then ignoring trailing whitespace,
/// then ignoring surrounding whitespace, then also folding typographic punctuation (curly quotes, dashes,
/// non-breaking spaces) to ASCII, because models often "prettify" the context they quote.
/// </summary>
internal static class SeekSequence
{
    /// <summary>
    /// Index of the first occurrence of <paramref name="pattern"/> in <paramref name="lines"/> at or after
    /// <paramref name="start"/>; with <paramref name="endOfFile"/> the match is tried at the very end first.
    /// </summary>
    public static int? Find(IReadOnlyList<string> lines, IReadOnlyList<string> pattern, int start, bool endOfFile)
    {
        if (pattern.Count == 0)
        {
            return start;
        }

        if (pattern.Count > lines.Count)
        {
            return null;
        }

        Func<string, string>[] passes = [s => s, s => s.TrimEnd(), s => s.Trim(), s => Normalize(s.Trim())];
        foreach (var pass in passes)
        {
            if (endOfFile && Matches(lines, pattern, lines.Count - pattern.Count, pass))
            {
                return lines.Count - pattern.Count;
            }

            for (int i = start; i <= lines.Count - pattern.Count; i++)
            {
                if (Matches(lines, pattern, i, pass))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<string> lines, IReadOnlyList<string> pattern, int at, Func<string, string> key)
    {
        if (at < 0)
        {
            return false;
        }

        for (int j = 0; j < pattern.Count; j++)
        {
            if (!string.Equals(key(lines[at + j]), key(pattern[j]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps typographic punctuation and exotic spaces to their ASCII look-alikes.</summary>
    public static string Normalize(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                '\u00A0' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2007' or '\u2008' or '\u2009' or '\u200A' or '\u202F' or '\u205F' or '\u3000' => ' ',
                _ => chars[i],
            };
        }

        return new string(chars);
    }
}
