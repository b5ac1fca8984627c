using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Config;

/// <summary>Typed reads from a config tree that tolerate absent keys (validation already rejected wrong types).</summary>
public static class ConfigValues
{
    /// <summary>A string value, or null.</summary>
    public static string? String(JsonObject? table, string key)
        => table?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>A boolean value, or null.</summary>
    public static bool? Bool(JsonObject? table, string key)
        => table?[key] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>An integer value, or null.</summary>
    public static long? Long(JsonObject? table, string key)
        => table?[key] is JsonValue v && Toml.JsonNumber.TryGetInt64(v, out var l) ? l : null;

    /// <summary>A number value (integer or float), or null.</summary>
    public static double? Number(JsonObject? table, string key)
        => table?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? Toml.JsonNumber.GetDouble(v) : null;

    /// <summary>A list of strings (non-strings skipped), or null when absent.</summary>
    public static IReadOnlyList<string>? StringList(JsonObject? table, string key)
        => table?[key] is JsonArray arr
            ? arr.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList()
            : null;

    /// <summary>A table of strings (non-strings skipped), empty when absent.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(JsonObject? table, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (table?[key] is JsonObject map)
        {
            foreach (var (k, v) in map)
            {
                if (v is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    result[k] = value.GetValue<string>();
                }
            }
        }

        return result;
    }

    /// <summary>A sub-table, or null.</summary>
    public static JsonObject? Table(JsonObject? table, string key) => table?[key] as JsonObject;
}
