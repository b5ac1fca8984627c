using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Reads and writes <see cref="AskForApproval"/>'s string-or-object form.</summary>
public sealed class AskForApprovalConverter : JsonConverter<AskForApproval>
{
    /// <inheritdoc />
    public override AskForApproval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var name = reader.GetString()!;
            if (!AskForApproval.SimpleValues.Contains(name))
            {
                throw new Serialization.WireFormatException($"unknown variant `{name}`, expected one of `untrusted`, `on-request`, `granular`, `never`");
            }

            return AskForApproval.FromName(name);
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.TryGetProperty("granular", out var body) && body.ValueKind == JsonValueKind.Object)
            {
                return AskForApproval.FromGranular(body);
            }

            throw new JsonException("unknown variant, expected `granular`");
        }

        throw new JsonException($"invalid type: {reader.TokenType}, expected an approval policy");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AskForApproval value, JsonSerializerOptions options)
    {
        if (value.Simple is { } simple)
        {
            writer.WriteStringValue(simple);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("granular");
        value.Granular!.Value.WriteTo(writer);
        writer.WriteEndObject();
    }
}
