using System.Text.Json;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// serde's wording for values and expectations, shared by the params reader and the wire converters so
/// every type error reads like the reference's (<c>invalid type: integer `5`, expected a string</c>).
/// </summary>
public static class SerdeText
{
    /// <summary>serde's <c>Unexpected</c> rendering of a JSON value.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"string {JsonSerializer.Serialize(value.GetString(), ProtocolJson.Options)}",
        JsonValueKind.Number when value.TryGetInt64(out var n) => $"integer `{n}`",
        JsonValueKind.Number when value.TryGetUInt64(out var u) => $"integer `{u}`",
        JsonValueKind.Number => $"floating point `{value.GetRawText()}`",
        JsonValueKind.True => "boolean `true`",
        JsonValueKind.False => "boolean `false`",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "sequence",
        JsonValueKind.Object => "map",
        _ => "unit value",
    };

    /// <summary>serde's rendering of the value a converter's reader stands on (reads that value).</summary>
    public static string Describe(ref Utf8JsonReader reader) => Describe(JsonElement.ParseValue(ref reader));

    /// <summary><c>invalid type: &lt;value&gt;, expected &lt;what&gt;</c>.</summary>
    public static string InvalidType(JsonElement value, string expected) => $"invalid type: {Describe(value)}, expected {expected}";

    /// <summary>serde's wording for a list of variants: "expected `a`", "expected `a` or `b`", "expected one of `a`, `b`, `c`".</summary>
    public static string ExpectedVariants(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "there are no variants",
        1 => $"expected `{names[0]}`",
        2 => $"expected `{names[0]}` or `{names[1]}`",
        _ => $"expected one of {string.Join(", ", names.Select(n => $"`{n}`"))}",
    };

    /// <summary>A System.Text.Json path (<c>$.input[0]['a b']</c>) as a client would name the field (<c>input[0].a b</c>).</summary>
    public static string FieldName(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "params";
        }

        var text = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return text.Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.');
    }
}
