namespace AppServer.Core.FileSearch;

/// <summary>
/// Scores one walked path the way the reference ranks them: the fuzzy score of the whole path, except that a file whose
/// own name matches a one-term query ranks above every path-only match (its name's score plus 65,536, indices inside
/// the name), and an entry named exactly like the query gets a further 131,072.
/// </summary>
internal static class FileSearchScorer
{
    /// <summary>Bonus for a file whose name matches the query.</summary>
    public const uint FileNameBonus = 1u << 16;

    /// <summary>Bonus for an entry whose name equals the query.</summary>
    public const uint ExactNameBonus = 1u << 17;

    /// <summary>Scores <paramref name="entry"/> against the query terms; null when it does not match.</summary>
    public static FuzzyMatch? Score(in WalkedEntry entry, string[] terms)
    {
        if (terms.Length == 1 && !entry.IsDirectory)
        {
            // A file whose name matches never needs the whole-path score: the name's score wins.
            var name = entry.RelativePath.AsSpan(entry.NameStart);
            if (FuzzyMatcher.MatchTerm(entry.RelativePath, terms[0], entry.NameStart) is { } nameMatch)
            {
                uint exactBonus = name.Equals(terms[0], StringComparison.OrdinalIgnoreCase) ? ExactNameBonus : 0;
                return new FuzzyMatch(nameMatch.Score + FileNameBonus + exactBonus, nameMatch.Indices);
            }
        }

        if (FuzzyMatcher.Match(entry.RelativePath, terms) is not { } pathMatch)
        {
            return null;
        }

        if (terms.Length != 1)
        {
            return pathMatch;
        }

        uint exact = entry.RelativePath.AsSpan(entry.NameStart).Equals(terms[0], StringComparison.OrdinalIgnoreCase) ? ExactNameBonus : 0;
        return new FuzzyMatch(pathMatch.Score + exact, pathMatch.Indices);
    }
}
