using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Tomlyn;
using Tomlyn.Model;

namespace AppServer.Config.Toml;

/// <summary>
/// Converts between TOML and the JSON tree (<see cref="JsonObject"/>) every config layer is held in.
/// JSON is the natural in-memory shape: config/read returns it, versions hash it, and merging is plain
/// table recursion.
/// </summary>
public static class TomlJson
{
    private static readonly TomlSerializerOptions Options = new() { DuplicateKeyHandling = TomlDuplicateKeyHandling.Error };

    /// <summary>Parses a TOML document. Throws <see cref="ConfigFileException"/> with line and column on a syntax error.</summary>
    public static JsonObject Parse(string text, string sourceName)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(text, new TomlSerializerOptions
            {
                DuplicateKeyHandling = TomlDuplicateKeyHandling.Error,
                SourceName = sourceName,
            }) ?? new TomlTable();
        }
        catch (TomlException ex)
        {
            throw new ConfigFileException(sourceName, ex.Line ?? 1, ex.Column ?? 1, StripLocation(ex.Message, sourceName));
        }

        return ToJson(table);
    }

    /// <summary>Parses a single TOML value (the right-hand side of <c>key = value</c>); null when it is not valid TOML.</summary>
    public static JsonNode? TryParseValue(string raw)
    {
        try
        {
            var table = TomlSerializer.Deserialize<TomlTable>("_x_ = " + raw, Options);
            return table is not null && table.TryGetValue("_x_", out var value) ? ToJsonValue(value) : null;
        }
        catch (TomlException)
        {
            return null;
        }
    }

    /// <summary>Converts a Tomlyn table to JSON.</summary>
    public static JsonObject ToJson(TomlTable table)
    {
        var result = new JsonObject();
        foreach (var (key, value) in table)
        {
            result[key] = ToJsonValue(value);
        }

        return result;
    }

    private static JsonNode? ToJsonValue(object? value) => value switch
    {
        null => null,
        TomlTable t => ToJson(t),
        TomlTableArray tables => new JsonArray(tables.Select(t => (JsonNode?)ToJson(t)).ToArray()),
        TomlArray array => new JsonArray(array.Select(ToJsonValue).ToArray()),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create((long)i),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create((double)f),
        TomlDateTime dt => JsonValue.Create(dt.ToString()),
        DateTime dt => JsonValue.Create(dt.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset dto => JsonValue.Create(dto.ToString("O", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Renders a key segment: bare when possible, else a quoted string.</summary>
    public static string RenderKey(string key)
        => key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : RenderString(key);

    /// <summary>Renders a dotted key path.</summary>
    public static string RenderKeyPath(IEnumerable<string> path) => string.Join('.', path.Select(RenderKey));

    /// <summary>Renders a JSON value as an inline TOML value (tables become inline tables).</summary>
    public static string RenderValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "\"\"";
            case JsonObject obj:
                return obj.Count == 0 ? "{}" : "{ " + string.Join(", ", obj.Select(p => $"{RenderKey(p.Key)} = {RenderValue(p.Value)}")) + " }";
            case JsonArray arr:
                return "[" + string.Join(", ", arr.Select(RenderValue)) + "]";
            case JsonValue v:
                return v.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => RenderString(v.GetValue<string>()),
                    System.Text.Json.JsonValueKind.True => "true",
                    System.Text.Json.JsonValueKind.False => "false",
                    System.Text.Json.JsonValueKind.Number => RenderNumber(v),
                    _ => "\"\"",
                };
            default:
                return "\"\"";
        }
    }

    /// <summary>Renders a whole document (used only when a syntax-preserving edit is impossible).</summary>
    public static string RenderDocument(JsonObject root)
    {
        var sb = new StringBuilder();
        WriteTable(sb, [], root);
        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, List<string> path, JsonObject table)
    {
        foreach (var (key, value) in table)
        {
            if (value is not JsonObject)
            {
                sb.Append(RenderKey(key)).Append(" = ").Append(RenderValue(value)).Append('\n');
            }
        }

        foreach (var (key, value) in table)
        {
            if (value is JsonObject child)
            {
                var childPath = new List<string>(path) { key };
                if (child.Any(p => p.Value is not JsonObject) || child.Count == 0)
                {
                    sb.Append('\n').Append('[').Append(RenderKeyPath(childPath)).Append("]\n");
                }

                WriteTable(sb, childPath, child);
            }
        }
    }

    private static string RenderNumber(JsonValue value)
    {
        if (JsonNumber.TryGetInt64(value, out var l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }

        var d = JsonNumber.GetDouble(value);
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains('e') ? s : s + ".0";
    }

    /// <summary>Renders a TOML basic string with the escapes TOML requires.</summary>
    public static string RenderString(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7f)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static string StripLocation(string message, string sourceName)
    {
        // Tomlyn formats "file(line,col) : error : reason"; keep only the reason.
        var marker = " : error : ";
        var index = message.IndexOf(marker, StringComparison.Ordinal);
        var reason = index >= 0 ? message[(index + marker.Length)..] : message;
        return reason.Replace(sourceName, "", StringComparison.Ordinal).Trim();
    }
}
