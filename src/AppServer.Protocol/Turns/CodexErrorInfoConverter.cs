using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Reads and writes <see cref="CodexErrorInfo"/> in its string-or-object wire form.</summary>
public sealed class CodexErrorInfoConverter : JsonConverter<CodexErrorInfo>
{
    /// <inheritdoc />
    public override CodexErrorInfo? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return CodexErrorInfo.Named(reader.GetString()!);
        }

        using var doc = JsonDocument.ParseValue(ref reader);
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            int? status = property.Value.ValueKind == JsonValueKind.Object
                && property.Value.TryGetProperty("httpStatusCode", out var code) && code.ValueKind == JsonValueKind.Number
                ? code.GetInt32()
                : null;
            return CodexErrorInfo.WithStatus(property.Name, status);
        }

        throw new JsonException("codexErrorInfo object has no variant");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CodexErrorInfo value, JsonSerializerOptions options)
    {
        if (!value.HasHttpStatus)
        {
            writer.WriteStringValue(value.Kind);
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartObject(value.Kind);
        writer.WritePropertyName("httpStatusCode");
        if (value.HttpStatusCode is { } status)
        {
            writer.WriteNumberValue(status);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
