using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace AppServer.Config.Toml;

/// <summary>
/// Where things are in a TOML text: every key-value with its full key path and character offsets, and
/// every table header with the region it owns. Built from Tomlyn's lossless syntax tree so edits can
/// splice the original text and leave everything else byte for byte.
/// </summary>
internal sealed class TomlSyntaxIndex
{
    /// <summary>One <c>key = value</c> line.</summary>
    internal sealed record KeyValueEntry(
        IReadOnlyList<string> Path,
        IReadOnlyList<string> ContainerPath,
        bool InArrayTable,
        int LineStart,
        int End,
        int ValueStart,
        int ValueEnd,
        int Line,
        int Column);

    /// <summary>One <c>[table]</c> or <c>[[array]]</c> header and the items under it.</summary>
    internal sealed record TableEntry(IReadOnlyList<string> Path, bool IsArray, int HeaderLineStart, int HeaderEnd, int End, int? LastItemEnd);

    private TomlSyntaxIndex(string text, List<KeyValueEntry> keyValues, List<TableEntry> tables, int rootItemsEnd)
    {
        Text = text;
        KeyValues = keyValues;
        Tables = tables;
        RootItemsEnd = rootItemsEnd;
    }

    public string Text { get; }

    public IReadOnlyList<KeyValueEntry> KeyValues { get; }

    public IReadOnlyList<TableEntry> Tables { get; }

    /// <summary>Offset just after the last top-level key-value (-1 when there is none).</summary>
    public int RootItemsEnd { get; }

    /// <summary>Parses <paramref name="text"/>; returns null when it has syntax errors.</summary>
    public static TomlSyntaxIndex? TryBuild(string text)
    {
        var doc = SyntaxParser.Parse(text, "config.toml", true);
        if (doc.HasErrors)
        {
            return null;
        }

        var keyValues = new List<KeyValueEntry>();
        var tables = new List<TableEntry>();
        var rootEnd = -1;
        foreach (var kv in doc.KeyValues)
        {
            keyValues.Add(Entry(text, kv, [], false));
            rootEnd = Math.Max(rootEnd, EndOf(text, kv));
        }

        foreach (var table in doc.Tables)
        {
            var path = table.Name is null ? [] : KeyPath(table.Name);
            var isArray = table is TableArraySyntax;
            int? lastItem = null;
            foreach (var kv in table.Items)
            {
                keyValues.Add(Entry(text, kv, path, isArray));
                lastItem = EndOf(text, kv);
            }

            var headerEnd = table.EndOfLineToken is { } eol ? eol.Span.End.Offset + 1 : table.CloseBracket!.Span.End.Offset + 1;
            tables.Add(new TableEntry(path, isArray, LineStartOf(text, table.Span.Start.Offset), Math.Min(headerEnd, text.Length), lastItem ?? Math.Min(headerEnd, text.Length), lastItem));
        }

        return new TomlSyntaxIndex(text, keyValues, tables, rootEnd);
    }

    /// <summary>The key-value whose full path is exactly <paramref name="path"/>.</summary>
    public KeyValueEntry? FindKeyValue(IReadOnlyList<string> path)
        => KeyValues.FirstOrDefault(kv => !kv.InArrayTable && kv.Path.SequenceEqual(path));

    private static KeyValueEntry Entry(string text, KeyValueSyntax kv, IReadOnlyList<string> container, bool inArray)
    {
        var path = new List<string>(container);
        path.AddRange(KeyPath(kv.Key!));
        var start = kv.Span.Start.Offset;
        return new KeyValueEntry(
            path,
            container,
            inArray,
            LineStartOf(text, start),
            EndOf(text, kv),
            kv.Value!.Span.Start.Offset,
            kv.Value.Span.End.Offset + 1,
            kv.Span.Start.Line + 1,
            kv.Span.Start.Column + 1);
    }

    /// <summary>End of a key-value including its end-of-line (and trailing comment).</summary>
    private static int EndOf(string text, KeyValueSyntax kv) => Math.Min(kv.Span.End.Offset + 1, text.Length);

    private static int LineStartOf(string text, int offset)
    {
        var i = offset;
        while (i > 0 && text[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    private static List<string> KeyPath(KeySyntax key)
    {
        var path = new List<string> { Segment(key.Key) };
        if (key.DotKeys is { } dots)
        {
            foreach (var item in dots)
            {
                path.Add(Segment(item.Key));
            }
        }

        return path;
    }

    private static string Segment(BareKeyOrStringValueSyntax? node) => node switch
    {
        BareKeySyntax bare => bare.Key!.Text!,
        StringValueSyntax str => str.Value!,
        _ => node?.ToString()?.Trim() ?? "",
    };
}
