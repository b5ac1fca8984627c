using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Serialization;

namespace AppServer.Host.Dispatch;

/// <summary>
/// Turns raw params into typed objects, and System.Text.Json failures into the reference's serde-style
/// messages (<c>Invalid request: missing field `x`</c>, <c>invalid type: integer `5`, expected a string</c>).
/// Clients match on these strings, so they are part of the contract.
/// </summary>
internal static partial class ParamsReader
{
    public static object Read(JsonElement element, Type type)
    {
        if (LoneSurrogates.Find(element) is { } surrogate)
        {
            throw Invalid(surrogate);
        }

        if (element.ValueKind != JsonValueKind.Object && IsStruct(type))
        {
            throw Invalid($"invalid type: {SerdeText.Describe(element)}, expected {Expect(type)}");
        }

        try
        {
            return element.Deserialize(type, ProtocolJson.Options)
                ?? throw Invalid($"invalid type: null, expected {Expect(type)}");
        }
        catch (JsonException ex)
        {
            throw Invalid(Translate(ex, element, type));
        }
        catch (InvalidOperationException ex)
        {
            throw Invalid(ex.Message);
        }
    }

    /// <summary>
    /// The params of a method that takes none: like serde's unit, absent, <c>null</c> and <c>{}</c> are
    /// accepted and anything else is refused (<c>invalid type: map, expected unit</c>).
    /// </summary>
    public static void ReadUnit(JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.Null || (element.ValueKind == JsonValueKind.Object && !element.EnumerateObject().Any()))
        {
            return;
        }

        throw Invalid($"invalid type: {SerdeText.Describe(element)}, expected unit");
    }

    public static InvalidRequestException Invalid(string detail) => new($"Invalid request: {detail}");

    private static string Translate(JsonException ex, JsonElement root, Type rootType)
    {
        if (ex is FieldValueException field)
        {
            return $"{field.Problem} in `{SerdeText.FieldName(ex.Path)}{field.Within}`";
        }

        if (ex is WireFormatException)
        {
            return ex.Message; // a converter already wrote the reference's wording
        }

        var missing = MissingRequired().Match(ex.Message);
        if (missing.Success)
        {
            return $"missing field `{missing.Groups[1].Value}`";
        }

        var (value, expectedType, found) = Locate(root, rootType, ex.Path);
        if (!found)
        {
            return ex.Message;
        }

        expectedType = Nullable.GetUnderlyingType(expectedType) ?? expectedType;
        if (expectedType.IsEnum && value.ValueKind == JsonValueKind.String)
        {
            return $"unknown variant `{value.GetString()}`, {SerdeText.ExpectedVariants(EnumWireNames(expectedType).ToList())}";
        }

        if (value.ValueKind == JsonValueKind.Number && IsInteger(expectedType) && value.TryGetInt64(out var n))
        {
            return $"invalid value: integer `{n}`, expected {Expect(expectedType)}";
        }

        return $"invalid type: {SerdeText.Describe(value)}, expected {Expect(expectedType)}";
    }

    /// <summary>serde's wording for a list of variants (see <see cref="SerdeText.ExpectedVariants"/>).</summary>
    internal static string ExpectedVariants(IReadOnlyList<string> names) => SerdeText.ExpectedVariants(names);

    /// <summary>Follows a JSON path such as <c>$.clientInfo.name</c> or <c>$.items[2].type</c> through both the JSON and the CLR type.</summary>
    private static (JsonElement Value, Type Type, bool Found) Locate(JsonElement root, Type rootType, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return (root, rootType, true);
        }

        var element = root;
        var type = rootType;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return (element, type, true);
                }

                element = element[index];
                type = ElementType(type) ?? typeof(object);
            }
            else
            {
                var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var child))
                {
                    return (element, type, true);
                }

                element = child;
                type = MemberType(type, name) ?? typeof(object);
            }
        }

        return (element, type, true);
    }

    private static Type? MemberType(Type type, string jsonName)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (DictionaryValueType(type) is { } valueType)
        {
            return valueType;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            if (name == jsonName)
            {
                return property.PropertyType;
            }
        }

        return null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        return dictionary?.GetGenericArguments()[1];
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static bool IsStruct(Type type)
        => type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(JsonElement);

    private static bool IsInteger(Type type)
        => type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong)
            || type == typeof(short) || type == typeof(ushort) || type == typeof(byte) || type == typeof(sbyte);

    /// <summary>serde's name for what it expected.</summary>
    private static string Expect(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.GetCustomAttribute<SerdeExpectedAttribute>() is { } declared)
        {
            return declared.Expected;
        }

        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when typeof(JsonObject).IsAssignableFrom(type) => "a map",
            _ when type == typeof(bool) => "a boolean",
            _ when type == typeof(int) => "i32",
            _ when type == typeof(uint) => "u32",
            _ when type == typeof(long) => "i64",
            _ when type == typeof(ulong) => "u64",
            _ when type == typeof(short) => "i16",
            _ when type == typeof(ushort) => "u16",
            _ when type == typeof(byte) => "u8",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "f64",
            _ when type.IsEnum => "string or map", // serde's externally tagged enums also take `{"variant": …}`
            _ when DictionaryValueType(type) is not null => "a map",
            _ when type != typeof(string) && ElementType(type) is not null => "a sequence",
            _ when type.IsClass && type != typeof(object) => $"struct {type.Name}",
            _ => "a valid value",
        };
    }

    private static IEnumerable<string> EnumWireNames(Type enumType)
        => enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_$@\-]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();
}
