using System.Text.Json;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Serialization;

/// <summary>What kind of JSON a <see cref="WireShape"/> accepts.</summary>
public enum WireShapeKind
{
    /// <summary>Any JSON value.</summary>
    Any,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A string.</summary>
    String,

    /// <summary>A string naming a file (serde's <c>PathBuf</c>); no NUL byte.</summary>
    Path,

    /// <summary>An absolute path (the reference's <c>AbsolutePathBuf</c>); no NUL byte.</summary>
    AbsolutePath,

    /// <summary>A signed 64-bit integer.</summary>
    Integer,

    /// <summary>A JSON array of <see cref="WireShape.Item"/>.</summary>
    Sequence,

    /// <summary>A JSON object whose values are <see cref="WireShape.Item"/>.</summary>
    Map,

    /// <summary>A struct (a JSON object) named <see cref="WireShape.Name"/>.</summary>
    Struct,

    /// <summary>An internally tagged enum (a JSON object with a tag) named <see cref="WireShape.Name"/>.</summary>
    TaggedEnum,

    /// <summary>An externally tagged enum: a variant name, or a map with one variant key.</summary>
    Enum,

    /// <summary>An untagged enum whose variants are the JSON kinds in <see cref="WireShape.Variants"/>.</summary>
    UntaggedEnum,
}

/// <summary>
/// The JSON shape of a field the server keeps as raw JSON (fields it accepts but does not act on, or
/// parses later), written in a small grammar so the field is still type-checked on arrival:
/// <c>bool</c>, <c>string</c>, <c>path</c>, <c>abspath</c>, <c>i64</c>, <c>any</c>, <c>[item]</c> (sequence),
/// <c>{item}</c> (map), <c>struct Name</c>, <c>tagged Name</c>, <c>enum Name(a|b)</c>,
/// <c>untagged Name(string|map)</c>; a trailing <c>?</c> also accepts <c>null</c>.
/// </summary>
public sealed record WireShape
{
    private WireShape(WireShapeKind kind, bool nullable, string? name = null, WireShape? item = null, IReadOnlyList<string>? variants = null)
    {
        Kind = kind;
        Nullable = nullable;
        Name = name;
        Item = item;
        Variants = variants ?? [];
    }

    /// <summary>The kind of value.</summary>
    public WireShapeKind Kind { get; }

    /// <summary>True when <c>null</c> is accepted.</summary>
    public bool Nullable { get; }

    /// <summary>The reference's type name (structs and enums).</summary>
    public string? Name { get; }

    /// <summary>The element shape of a sequence or the value shape of a map.</summary>
    public WireShape? Item { get; }

    /// <summary>Variant names of an enum; JSON kinds (<c>string</c>, <c>map</c>, <c>sequence</c>, …) of an untagged enum.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Parses the grammar described on the type.</summary>
    /// <exception cref="FormatException">The text is not a shape (a programming error in an attribute).</exception>
    public static WireShape Parse(string text)
    {
        var position = 0;
        var shape = ParseShape(text, ref position);
        SkipSpace(text, ref position);
        return position == text.Length ? shape : throw new FormatException($"unexpected `{text[position..]}` in wire shape `{text}`");
    }

    /// <summary>serde's name for what this shape expects (the end of <c>invalid type: …, expected X</c>).</summary>
    public string Expected => Kind switch
    {
        WireShapeKind.Boolean => "a boolean",
        WireShapeKind.String => "a string",
        WireShapeKind.Path or WireShapeKind.AbsolutePath => "path string",
        WireShapeKind.Integer => "i64",
        WireShapeKind.Sequence => "a sequence",
        WireShapeKind.Map => "a map",
        WireShapeKind.Struct => $"struct {Name}",
        WireShapeKind.TaggedEnum => $"internally tagged enum {Name}",
        WireShapeKind.Enum => "string or map",
        _ => "any valid value",
    };

    /// <summary>
    /// Checks <paramref name="value"/> against the shape. Returns <c>null</c> when it fits, else serde's message
    /// for the first mismatch in document order (as serde stops at the first).
    /// </summary>
    /// <exception cref="FieldValueException">A string has the right type but cannot be used (a NUL byte in a path).</exception>
    public string? Check(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return Nullable || Kind == WireShapeKind.Any ? null : SerdeText.InvalidType(value, Expected);
        }

        switch (Kind)
        {
            case WireShapeKind.Any:
                return null;
            case WireShapeKind.Boolean:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : SerdeText.InvalidType(value, Expected);
            case WireShapeKind.String:
                return value.ValueKind == JsonValueKind.String ? null : SerdeText.InvalidType(value, Expected);
            case WireShapeKind.Path:
            case WireShapeKind.AbsolutePath:
                return CheckPath(value);
            case WireShapeKind.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) ? null : SerdeText.InvalidType(value, Expected);
            case WireShapeKind.Sequence:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return SerdeText.InvalidType(value, Expected);
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    try
                    {
                        if (Item!.Check(item) is { } error)
                        {
                            return error;
                        }
                    }
                    catch (FieldValueException ex)
                    {
                        throw ex.Inside($"[{index}]");
                    }

                    index++;
                }

                return null;
            case WireShapeKind.Map:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    return SerdeText.InvalidType(value, Expected);
                }

                foreach (var member in value.EnumerateObject())
                {
                    try
                    {
                        if (Item!.Check(member.Value) is { } error)
                        {
                            return error;
                        }
                    }
                    catch (FieldValueException ex)
                    {
                        throw ex.Inside($".{member.Name}");
                    }
                }

                return null;
            case WireShapeKind.Struct:
            case WireShapeKind.TaggedEnum:
                return value.ValueKind == JsonValueKind.Object ? null : SerdeText.InvalidType(value, Expected);
            case WireShapeKind.Enum:
                return CheckEnum(value);
            case WireShapeKind.UntaggedEnum:
                return Variants.Contains(JsonKind(value)) ? null : $"data did not match any variant of untagged enum {Name}";
            default:
                return null;
        }
    }

    private string? CheckPath(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return SerdeText.InvalidType(value, Expected);
        }

        var text = value.GetString()!;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new FieldValueException(FieldValueException.NulByte);
        }

        return Kind == WireShapeKind.AbsolutePath && AbsolutePath.TryCreate(text) is null ? AbsolutePathJsonConverter.RelativePathMessage : null;
    }

    private string? CheckEnum(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var name = value.GetString()!;
                return Variants.Contains(name) ? null : $"unknown variant `{name}`, {SerdeText.ExpectedVariants(Variants)}";
            case JsonValueKind.Object:
                var members = value.EnumerateObject().ToList();
                if (members.Count != 1)
                {
                    return "invalid value: map, expected map with a single key";
                }

                return Variants.Contains(members[0].Name) ? null : $"unknown variant `{members[0].Name}`, {SerdeText.ExpectedVariants(Variants)}";
            default:
                return SerdeText.InvalidType(value, Expected);
        }
    }

    private static string JsonKind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "sequence",
        JsonValueKind.Object => "map",
        _ => "null",
    };

    private static WireShape ParseShape(string text, ref int position)
    {
        SkipSpace(text, ref position);
        WireShape shape;
        if (Accept(text, ref position, '['))
        {
            var item = ParseShape(text, ref position);
            Expect(text, ref position, ']');
            shape = new WireShape(WireShapeKind.Sequence, false, item: item);
        }
        else if (Accept(text, ref position, '{'))
        {
            var item = ParseShape(text, ref position);
            Expect(text, ref position, '}');
            shape = new WireShape(WireShapeKind.Map, false, item: item);
        }
        else
        {
            var word = Word(text, ref position);
            shape = word switch
            {
                "any" => new WireShape(WireShapeKind.Any, true),
                "bool" => new WireShape(WireShapeKind.Boolean, false),
                "string" => new WireShape(WireShapeKind.String, false),
                "path" => new WireShape(WireShapeKind.Path, false),
                "abspath" => new WireShape(WireShapeKind.AbsolutePath, false),
                "i64" => new WireShape(WireShapeKind.Integer, false),
                "struct" => new WireShape(WireShapeKind.Struct, false, Word(text, ref position)),
                "tagged" => new WireShape(WireShapeKind.TaggedEnum, false, Word(text, ref position)),
                "enum" => new WireShape(WireShapeKind.Enum, false, Word(text, ref position), variants: List(text, ref position)),
                "untagged" => new WireShape(WireShapeKind.UntaggedEnum, false, Word(text, ref position), variants: List(text, ref position)),
                _ => throw new FormatException($"unknown wire shape `{word}` in `{text}`"),
            };
        }

        SkipSpace(text, ref position);
        return Accept(text, ref position, '?') ? new WireShape(shape.Kind, true, shape.Name, shape.Item, shape.Variants) : shape;
    }

    private static List<string> List(string text, ref int position)
    {
        Expect(text, ref position, '(');
        var names = new List<string> { Word(text, ref position) };
        while (Accept(text, ref position, '|'))
        {
            names.Add(Word(text, ref position));
        }

        Expect(text, ref position, ')');
        return names;
    }

    private static string Word(string text, ref int position)
    {
        SkipSpace(text, ref position);
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '-' or '.'))
        {
            position++;
        }

        return position > start ? text[start..position] : throw new FormatException($"expected a name at {start} in wire shape `{text}`");
    }

    private static bool Accept(string text, ref int position, char c)
    {
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private static void Expect(string text, ref int position, char c)
    {
        if (!Accept(text, ref position, c))
        {
            throw new FormatException($"expected `{c}` at {position} in wire shape `{text}`");
        }
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }
}
