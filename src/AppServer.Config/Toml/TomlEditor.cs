using System.Text.Json.Nodes;

namespace AppServer.Config.Toml;

/// <summary>
/// Edits TOML text in place. Each operation re-indexes the text and splices only the characters it must
/// change, so comments, ordering and formatting of everything else survive byte for byte. Callers verify
/// the result by re-parsing it (see <see cref="Writing.ConfigEditApplier"/>).
/// </summary>
public sealed class TomlEditor(string text)
{
    /// <summary>The current text.</summary>
    public string Text { get; private set; } = text;

    /// <summary>Sets a non-table value (or an empty table) at <paramref name="path"/>.</summary>
    public void Set(IReadOnlyList<string> path, JsonNode? value)
    {
        var index = Index();

        // 0. The file spells this key as [[array]] tables: a second definition as `key = [...]` would be a
        // duplicate key (strict parsers such as the reference's reject the whole file), so drop the tables first.
        if (index.Tables.Any(t => t.IsArray && t.Path.SequenceEqual(path)))
        {
            Remove(path);
            index = Index();
        }

        // 1. The key already exists: replace just its value.
        if (index.FindKeyValue(path) is { } existing)
        {
            Splice(existing.ValueStart, existing.ValueEnd, TomlJson.RenderValue(value));
            return;
        }

        if (value is JsonObject { Count: 0 } && index.Tables.Any(t => !t.IsArray && t.Path.SequenceEqual(path)))
        {
            return;
        }

        // 2. An ancestor is a plain value (an inline table, or a scalar being turned into a table): rewrite it inline.
        for (var n = path.Count - 1; n >= 1; n--)
        {
            var ancestorPath = path.Take(n).ToList();
            if (index.FindKeyValue(ancestorPath) is { } ancestor)
            {
                var current = TomlJson.TryParseValue(index.Text[ancestor.ValueStart..ancestor.ValueEnd]) as JsonObject ?? new JsonObject();
                JsonTree.Set(current, path.Skip(n).ToList(), value?.DeepClone());
                Splice(ancestor.ValueStart, ancestor.ValueEnd, TomlJson.RenderValue(current));
                return;
            }
        }

        // 3. Insert into the deepest existing [table] that contains the path.
        var table = index.Tables
            .Where(t => !t.IsArray && t.Path.Count < path.Count && t.Path.SequenceEqual(path.Take(t.Path.Count)))
            .OrderByDescending(t => t.Path.Count)
            .FirstOrDefault();
        if (value is JsonObject { Count: 0 } && table is null && !index.Tables.Any(t => t.Path.SequenceEqual(path)))
        {
            AppendTable(path, null);
            return;
        }

        if (table is not null)
        {
            var rest = path.Skip(table.Path.Count).ToList();
            InsertLine(table.LastItemEnd ?? table.HeaderEnd, rest, value);
            return;
        }

        // 4. Top level. A single key goes after the last top-level key; a nested one gets its own [table]
        // unless the file already spells that table with dotted keys at the top level.
        if (path.Count == 1 || index.KeyValues.Any(kv => kv.ContainerPath.Count == 0 && kv.Path.Count > 1 && kv.Path[0] == path[0]))
        {
            InsertLine(index.RootItemsEnd >= 0 ? index.RootItemsEnd : 0, path, value);
            return;
        }

        AppendTable(path.Take(path.Count - 1).ToList(), (path[^1], value));
    }

    /// <summary>Removes the key or table at <paramref name="path"/> (and everything under it). No-op when absent.</summary>
    public void Remove(IReadOnlyList<string> path) => Remove(path, keepHeader: false);

    /// <summary>
    /// Empties the table at <paramref name="path"/> but keeps its <c>[header]</c> where it is, so a replaced
    /// table stays in place. Returns false when there is no such header (nothing was changed).
    /// </summary>
    public bool Clear(IReadOnlyList<string> path)
    {
        if (!Index().Tables.Any(t => !t.IsArray && t.Path.SequenceEqual(path)))
        {
            return false;
        }

        Remove(path, keepHeader: true);
        return true;
    }

    private void Remove(IReadOnlyList<string> path, bool keepHeader)
    {
        var index = Index();
        var cuts = new List<(int Start, int End)>();
        foreach (var table in index.Tables.Where(t => StartsWith(t.Path, path)))
        {
            var exact = !table.IsArray && table.Path.SequenceEqual(path);
            cuts.Add((keepHeader && exact ? table.HeaderEnd : table.HeaderLineStart, table.End));
        }

        foreach (var kv in index.KeyValues.Where(kv => !kv.InArrayTable && StartsWith(kv.Path, path)))
        {
            if (!cuts.Any(c => kv.LineStart >= c.Start && kv.End <= c.End))
            {
                cuts.Add((kv.LineStart, kv.End));
            }
        }

        if (cuts.Count > 0)
        {
            foreach (var (start, end) in cuts.OrderByDescending(c => c.Start))
            {
                Text = Text[..start] + Text[end..];
            }

            return;
        }

        // The key may live inside an inline table value: rewrite that value without it.
        for (var n = path.Count - 1; n >= 1; n--)
        {
            if (index.FindKeyValue(path.Take(n).ToList()) is { } ancestor)
            {
                if (TomlJson.TryParseValue(index.Text[ancestor.ValueStart..ancestor.ValueEnd]) is JsonObject current
                    && JsonTree.Remove(current, path.Skip(n).ToList()))
                {
                    Splice(ancestor.ValueStart, ancestor.ValueEnd, TomlJson.RenderValue(current));
                }

                return;
            }
        }
    }

    private TomlSyntaxIndex Index()
        => TomlSyntaxIndex.TryBuild(Text) ?? throw new InvalidOperationException("config file has TOML syntax errors");

    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix)
        => path.Count >= prefix.Count && path.Take(prefix.Count).SequenceEqual(prefix);

    private void Splice(int start, int end, string replacement) => Text = Text[..start] + replacement + Text[end..];

    private void InsertLine(int offset, IReadOnlyList<string> key, JsonNode? value)
    {
        var line = $"{TomlJson.RenderKeyPath(key)} = {TomlJson.RenderValue(value)}\n";
        if (offset > 0 && Text[offset - 1] != '\n')
        {
            line = "\n" + line;
        }

        Text = Text[..offset] + line + Text[offset..];
    }

    private void AppendTable(IReadOnlyList<string> tablePath, (string Key, JsonNode? Value)? entry)
    {
        var sb = new System.Text.StringBuilder();
        if (Text.Length > 0 && !Text.EndsWith('\n'))
        {
            sb.Append('\n');
        }

        if (Text.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append('[').Append(TomlJson.RenderKeyPath(tablePath)).Append("]\n");
        if (entry is { } e)
        {
            sb.Append(TomlJson.RenderKey(e.Key)).Append(" = ").Append(TomlJson.RenderValue(e.Value)).Append('\n');
        }

        Text += sb.ToString();
    }
}
