using System.Text;
using System.Text.RegularExpressions;

namespace AppServer.Core.FileSearch;

/// <summary>
/// The rules of one <c>.gitignore</c>-style file: glob patterns relative to the folder holding the file, '!' to
/// re-include, a trailing '/' for directories only, a '/' elsewhere to anchor the pattern to that folder.
/// </summary>
internal sealed class IgnoreFile
{
    private readonly List<Rule> rules = [];

    private IgnoreFile(string baseDirectory) => BaseDirectory = baseDirectory;

    /// <summary>The folder whose paths the patterns are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>Reads an ignore file; null when it is missing or unreadable.</summary>
    public static IgnoreFile? Load(string path, string baseDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var file = Parse(lines, baseDirectory);
        return file.rules.Count == 0 ? null : file;
    }

    /// <summary>Parses ignore-file lines.</summary>
    public static IgnoreFile Parse(IEnumerable<string> lines, string baseDirectory)
    {
        var file = new IgnoreFile(baseDirectory);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (!line.EndsWith("\\ ", StringComparison.Ordinal))
            {
                line = line.TrimEnd(' ');
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            bool negated = false;
            if (line[0] == '!')
            {
                negated = true;
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            bool directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            bool anchored = line.Contains('/');
            line = line.TrimStart('/');
            // A pattern without a slash matches an entry's own name at any depth: test it against the name alone.
            file.rules.Add(new Rule(GlobPattern.Compile(line), negated, directoryOnly, !anchored));
        }

        return file;
    }

    /// <summary>
    /// The verdict of this file for a path relative to <see cref="BaseDirectory"/>: true ignored, false re-included,
    /// null when no pattern matches.
    /// </summary>
    public bool? Verdict(ReadOnlySpan<char> relativePath, bool isDirectory)
    {
        for (int i = rules.Count - 1; i >= 0; i--)
        {
            var (pattern, negated, directoryOnly, nameOnly) = rules[i];
            if (directoryOnly && !isDirectory)
            {
                continue;
            }

            var subject = nameOnly ? relativePath[(relativePath.LastIndexOf('/') + 1)..] : relativePath;
            if (pattern.IsMatch(subject))
            {
                return !negated;
            }
        }

        return null;
    }

    private readonly record struct Rule(GlobPattern Pattern, bool Negated, bool DirectoryOnly, bool NameOnly);

    /// <summary>
    /// One glob. The common shapes (a plain name, <c>*.ext</c>) are compared directly: every entry of a walk is tested
    /// against every rule, and a regular expression per test was a large share of a search.
    /// </summary>
    private sealed class GlobPattern
    {
        private readonly string? literal;
        private readonly string? starSuffix;
        private readonly Regex? regex;

        private GlobPattern(string? literal, string? starSuffix, Regex? regex)
        {
            this.literal = literal;
            this.starSuffix = starSuffix;
            this.regex = regex;
        }

        public static GlobPattern Compile(string glob)
        {
            if (IsPlain(glob))
            {
                return new GlobPattern(glob, null, null);
            }

            if (glob.Length > 1 && glob[0] == '*' && IsPlain(glob.AsSpan(1)))
            {
                return new GlobPattern(null, glob[1..], null);
            }

            var regex = new StringBuilder("^");
            AppendGlob(regex, glob);
            regex.Append('$');
            return new GlobPattern(null, null, new Regex(regex.ToString(), RegexOptions.CultureInvariant));
        }

        public bool IsMatch(ReadOnlySpan<char> subject)
        {
            if (literal is not null)
            {
                return subject.SequenceEqual(literal);
            }

            if (starSuffix is not null)
            {
                // '*' matches any run of characters but '/'.
                return subject.EndsWith(starSuffix, StringComparison.Ordinal)
                    && !subject[..^starSuffix.Length].Contains('/');
            }

            return regex!.IsMatch(subject);
        }

        /// <summary>True when the glob has no wildcard, class or escape: it matches only itself.</summary>
        internal static bool IsPlain(ReadOnlySpan<char> glob) => glob.IndexOfAny("*?[\\") < 0;
    }

    private static void AppendGlob(StringBuilder regex, string glob)
    {
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                    regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    int close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    if (set.StartsWith('!'))
                    {
                        set = "^" + set[1..];
                    }

                    regex.Append('[').Append(set.Replace("\\", "\\\\")).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }
}
