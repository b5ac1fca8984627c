using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Paths;

/// <summary>Reads and writes <see cref="AbsolutePath"/> as a JSON string.</summary>
public sealed class AbsolutePathJsonConverter : JsonConverter<AbsolutePath>
{
    /// <summary>The reference's message for a relative path.</summary>
    public const string RelativePathMessage = "AbsolutePathBuf deserialized without a base path";

    /// <inheritdoc />
    public override AbsolutePath Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException($"invalid type: {SerdeText.Describe(ref reader)}, expected path string");
        }

        var text = reader.GetString()!;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new FieldValueException(FieldValueException.NulByte);
        }

        return AbsolutePath.TryCreate(text) ?? throw new WireFormatException(RelativePathMessage);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AbsolutePath value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
