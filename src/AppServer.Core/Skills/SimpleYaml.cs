using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.Core.Skills;

/// <summary>
/// Reads the small YAML subset skill files use: block mappings and sequences by indentation, plain and quoted
/// scalars, and <c>|</c> / <c>&gt;</c> block scalars. Every scalar stays a string (callers interpret it);
/// flow collections are kept as their text, which is how lenient front-matter readers treat them.
/// </summary>
internal static class SimpleYaml
{
    /// <summary>Parses <paramref name="text"/>; an empty document yields an empty mapping.</summary>
    /// <exception cref="FormatException">The text is not a mapping at its top level.</exception>
    public static JsonObject Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();
        var index = 0;
        SkipBlank(lines, ref index);
        if (index >= lines.Count)
        {
            return [];
        }

        var node = ParseBlock(lines, ref index, Indent(lines[index]));
        SkipBlank(lines, ref index);
        if (index < lines.Count)
        {
            throw new FormatException($"unexpected indentation at line {index + 1}");
        }

        return node as JsonObject ?? throw new FormatException("expected a mapping");
    }

    private static JsonNode ParseBlock(List<string> lines, ref int index, int indent)
        => lines[index].TrimStart().StartsWith('-') && (lines[index].TrimStart().Length == 1 || lines[index].TrimStart()[1] == ' ')
            ? ParseSequence(lines, ref index, indent)
            : ParseMapping(lines, ref index, indent);

    private static JsonObject ParseMapping(List<string> lines, ref int index, int indent)
    {
        var map = new JsonObject();
        while (true)
        {
            SkipBlank(lines, ref index);
            if (index >= lines.Count || Indent(lines[index]) != indent)
            {
                return map;
            }

            var line = lines[index].Trim();
            var colon = FindKeyColon(line);
            if (colon < 0)
            {
                throw new FormatException($"expected `key: value` at line {index + 1}");
            }

            var key = Unquote(line[..colon].Trim());
            var rest = line[(colon + 1)..].Trim();
            index++;
            map[key] = ParseValue(lines, ref index, indent, rest);
        }
    }

    private static JsonArray ParseSequence(List<string> lines, ref int index, int indent)
    {
        var list = new JsonArray();
        while (true)
        {
            SkipBlank(lines, ref index);
            if (index >= lines.Count || Indent(lines[index]) != indent || !lines[index].TrimStart().StartsWith('-'))
            {
                return list;
            }

            var item = lines[index].TrimStart()[1..];
            var itemIndent = indent + 1 + (item.Length - item.TrimStart().Length);
            item = item.Trim();
            if (item.Length == 0)
            {
                index++;
                list.Add(ParseValue(lines, ref index, indent, ""));
            }
            else if (FindKeyColon(item) >= 0 && !IsQuoted(item))
            {
                // "- key: value" opens a mapping whose other keys sit at the item's indentation.
                lines[index] = new string(' ', itemIndent) + item;
                list.Add(ParseMapping(lines, ref index, itemIndent));
            }
            else
            {
                index++;
                list.Add(JsonValue.Create(Scalar(item)));
            }
        }
    }

    private static JsonNode? ParseValue(List<string> lines, ref int index, int indent, string rest)
    {
        if (rest is "|" or "|-" or "|+" or ">" or ">-" or ">+")
        {
            return JsonValue.Create(BlockScalar(lines, ref index, indent, rest));
        }

        if (rest.Length > 0)
        {
            // Plain scalars may continue on more-indented lines (folded with spaces).
            var text = new StringBuilder(Scalar(rest));
            while (!IsQuoted(rest) && index < lines.Count && lines[index].Trim().Length > 0 && Indent(lines[index]) > indent
                   && FindKeyColon(lines[index].Trim()) < 0)
            {
                text.Append(' ').Append(lines[index].Trim());
                index++;
            }

            return JsonValue.Create(text.ToString());
        }

        SkipBlank(lines, ref index);
        if (index < lines.Count && (Indent(lines[index]) > indent || (Indent(lines[index]) == indent && lines[index].TrimStart().StartsWith("- ", StringComparison.Ordinal))))
        {
            return ParseBlock(lines, ref index, Indent(lines[index]));
        }

        return null;
    }

    private static string BlockScalar(List<string> lines, ref int index, int indent, string header)
    {
        var body = new List<string>();
        var blockIndent = -1;
        while (index < lines.Count)
        {
            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                body.Add("");
                index++;
                continue;
            }

            var lineIndent = Indent(line);
            if (lineIndent <= indent)
            {
                break;
            }

            blockIndent = blockIndent < 0 ? lineIndent : blockIndent;
            body.Add(line.Length > blockIndent ? line[Math.Min(blockIndent, lineIndent)..] : "");
            index++;
        }

        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        var text = header.StartsWith('|')
            ? string.Join('\n', body)
            : string.Join(' ', body.Where(l => l.Length > 0));
        return header.EndsWith('-') ? text : text + "\n";
    }

    private static string Scalar(string raw)
    {
        if (IsQuoted(raw))
        {
            return Unquote(raw);
        }

        var comment = raw.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? raw[..comment] : raw).Trim();
    }

    private static bool IsQuoted(string raw)
        => raw.Length >= 2 && ((raw[0] == '"' && raw[^1] == '"') || (raw[0] == '\'' && raw[^1] == '\''));

    private static string Unquote(string raw)
    {
        if (!IsQuoted(raw))
        {
            return raw;
        }

        var inner = raw[1..^1];
        if (raw[0] == '\'')
        {
            return inner.Replace("''", "'", StringComparison.Ordinal);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
                sb.Append(inner[i] switch { 'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', '/' => '/', var c => c });
            }
            else
            {
                sb.Append(inner[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The colon ending a mapping key (outside quotes, followed by a space or the line end), or -1.</summary>
    private static int FindKeyColon(string line)
    {
        if (line.StartsWith('"') || line.StartsWith('\''))
        {
            var close = line.IndexOf(line[0], 1);
            return close > 0 && close + 1 < line.Length && line[close + 1] == ':' ? close + 1 : -1;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                return i;
            }

            if (line[i] == ' ' && i + 1 < line.Length && line[i + 1] == '#')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static void SkipBlank(List<string> lines, ref int index)
    {
        while (index < lines.Count && (lines[index].Trim().Length == 0 || lines[index].TrimStart().StartsWith('#')))
        {
            index++;
        }
    }
}
