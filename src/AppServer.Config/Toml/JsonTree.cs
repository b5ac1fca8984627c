using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Config.Toml;

/// <summary>Small operations on config trees held as <see cref="JsonObject"/>: paths, deep merge, hashing.</summary>
public static class JsonTree
{
    /// <summary>Splits a dotted key path (<c>a.b."c.d"</c>) into segments; quoted segments may contain dots.</summary>
    public static List<string> SplitKeyPath(string keyPath)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        var quote = '\0';
        for (var i = 0; i < keyPath.Length; i++)
        {
            var c = keyPath[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '.')
            {
                segments.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString().Trim());
        return segments;
    }

    /// <summary>The node at <paramref name="path"/>, or null when any segment is missing.</summary>
    public static JsonNode? Get(JsonObject root, IReadOnlyList<string> path)
    {
        JsonNode? node = root;
        foreach (var segment in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>True when <paramref name="path"/> names an existing key (its value may be any type).</summary>
    public static bool Exists(JsonObject root, IReadOnlyList<string> path)
    {
        JsonNode? node = root;
        foreach (var segment in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets <paramref name="path"/> to <paramref name="value"/>, creating (or replacing non-table) parents.</summary>
    public static void Set(JsonObject root, IReadOnlyList<string> path, JsonNode? value)
    {
        var obj = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (obj[path[i]] is not JsonObject child)
            {
                child = new JsonObject();
                obj[path[i]] = child;
            }

            obj = child;
        }

        obj[path[^1]] = value;
    }

    /// <summary>Removes <paramref name="path"/>; returns false when it did not exist.</summary>
    public static bool Remove(JsonObject root, IReadOnlyList<string> path)
    {
        var parent = path.Count == 1 ? root : Get(root, path.Take(path.Count - 1).ToList()) as JsonObject;
        return parent is not null && parent.Remove(path[^1]);
    }

    /// <summary>Deep-merges <paramref name="overlay"/> into <paramref name="target"/>: tables recurse, anything else replaces.</summary>
    public static void MergeInto(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (value is JsonObject overlayTable && target[key] is JsonObject targetTable)
            {
                MergeInto(targetTable, overlayTable);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>Every leaf (non-table value, or empty table) as a dotted path, for <c>origins</c>.</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonObject root, string prefix = "")
    {
        foreach (var (key, value) in root)
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            if (value is JsonObject child && child.Count > 0)
            {
                foreach (var leaf in Leaves(child, path))
                {
                    yield return leaf;
                }
            }
            else if (value is JsonArray array && array.Count > 0)
            {
                // The reference reports array elements by index (args.0, args.1).
                var element = new JsonObject();
                for (var i = 0; i < array.Count; i++)
                {
                    element[i.ToString(CultureInfo.InvariantCulture)] = array[i]?.DeepClone();
                }

                foreach (var leaf in Leaves(element, path))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (path, value);
            }
        }
    }

    /// <summary>
    /// The reference's layer version: <c>sha256:</c> + hex SHA-256 of the layer's compact JSON with sorted keys
    /// (serde_json escaping: only quotes, backslashes and control characters).
    /// </summary>
    public static string Version(JsonObject layer)
    {
        var sb = new StringBuilder();
        WriteCanonical(sb, layer);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Structural equality of two JSON trees (key order ignored, 1 == 1.0).</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        var sa = new StringBuilder();
        var sb = new StringBuilder();
        WriteCanonical(sa, a);
        WriteCanonical(sb, b);
        return sa.ToString() == sb.ToString();
    }

    private static void WriteCanonical(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    WriteCanonical(sb, value);
                }

                sb.Append('}');
                break;
            case JsonArray arr:
                sb.Append('[');
                for (var i = 0; i < arr.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteCanonical(sb, arr[i]);
                }

                sb.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        WriteString(sb, value.GetValue<string>());
                        break;
                    case JsonValueKind.Number:
                        if (JsonNumber.TryGetInt64(value, out var l))
                        {
                            sb.Append(l.ToString(CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            var d = JsonNumber.GetDouble(value);
                            var s = d.ToString("R", CultureInfo.InvariantCulture);
                            sb.Append(s.Contains('.') || s.Contains('E') ? s : s + ".0");
                        }

                        break;
                    default:
                        sb.Append(value.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
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
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
