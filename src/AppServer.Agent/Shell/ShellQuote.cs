using System.Text;

namespace AppServer.Agent.Shell;

/// <summary>POSIX shell quoting, as used for the displayed <c>command</c> (<c>/bin/bash -lc 'echo hi'</c>).</summary>
internal static class ShellQuote
{
    /// <summary>Quotes one word only when needed, with single quotes (<c>'</c> becomes <c>'"'"'</c>).</summary>
    public static string Quote(string word)
    {
        if (word.Length == 0)
        {
            return "''";
        }

        if (word.All(IsSafe))
        {
            return word;
        }

        var sb = new StringBuilder("'");
        foreach (var c in word)
        {
            sb.Append(c == '\'' ? "'\"'\"'" : c.ToString());
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>The words quoted and joined by spaces.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ',' or ':' or '@' or '%' or '+' or '=';
}
