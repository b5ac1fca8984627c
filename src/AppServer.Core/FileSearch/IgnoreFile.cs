using System.Text;
using System.Text.RegularExpressions;

namespace AppServer.Core.FileSearch;

/// <summary>
/// The rules of one <c>.gitignore</c>-style file: glob patterns relative to the folder holding the file, '!' to
/// re-include, a trailing '/' for directories only, a '/' elsewhere to anchor the pattern to that folder.
/// </summary>
public sealed class IgnoreFile
{
    private readonly List<(Regex Pattern, bool Negated, bool DirectoryOnly, bool NameOnly)> rules = [];

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
            var regex = new StringBuilder("^");
            AppendGlob(regex, line);
            regex.Append('$');
            file.rules.Add((new Regex(regex.ToString(), RegexOptions.CultureInvariant), negated, directoryOnly, !anchored));
        }

        return file;
    }

    /// <summary>
    /// The verdict of this file for a path relative to <see cref="BaseDirectory"/>: true ignored, false re-included,
    /// null when no pattern matches.
    /// </summary>
    public bool? Verdict(string relativePath, bool isDirectory)
    {
        for (int i = rules.Count - 1; i >= 0; i--)
        {
            var (pattern, negated, directoryOnly, nameOnly) = rules[i];
            if (directoryOnly && !isDirectory)
            {
                continue;
            }

            var subject = nameOnly ? relativePath.AsSpan(relativePath.LastIndexOf('/') + 1) : relativePath.AsSpan();
            if (pattern.IsMatch(subject))
            {
                return !negated;
            }
        }

        return null;
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
