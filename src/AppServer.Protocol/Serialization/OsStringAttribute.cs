using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// Marks a string field (or list of strings) that goes to the operating system as a path or an argument.
/// Such strings cannot carry a NUL byte, so one is refused while the params are read (<c>Invalid request:
/// unexpected NUL byte in `cwd`</c>) instead of failing later as an I/O error or being cut short at the NUL.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OsStringAttribute : JsonConverterAttribute
{
    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert)
    {
        if (typeToConvert == typeof(string))
        {
            return new OsStringConverter();
        }

        if (typeToConvert == typeof(IReadOnlyList<string>))
        {
            return new OsStringListConverter();
        }

        throw new InvalidOperationException($"[OsString] applies to string and IReadOnlyList<string> properties, not {typeToConvert.Name}");
    }

    internal static string Read(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new WireFormatException(SerdeText.InvalidType(value, "a string"));
        }

        var text = value.GetString()!;
        return text.Contains('\0', StringComparison.Ordinal) ? throw new FieldValueException(FieldValueException.NulByte) : text;
    }

    private sealed class OsStringConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => OsStringAttribute.Read(JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class OsStringListConverter : JsonConverter<IReadOnlyList<string>>
    {
        public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = JsonElement.ParseValue(ref reader);
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new WireFormatException(SerdeText.InvalidType(value, "a sequence"));
            }

            var items = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                try
                {
                    items.Add(OsStringAttribute.Read(item));
                }
                catch (FieldValueException ex)
                {
                    throw ex.Inside($"[{items.Count}]");
                }
            }

            return items;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
    }
}
