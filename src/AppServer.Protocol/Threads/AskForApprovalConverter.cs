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
                return AskForApproval.FromGranular(NormalizeGranular(body));
            }

            // serde's externally tagged enum: a map must have exactly one key, naming a variant.
            var keys = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            if (keys.Count == 1 && AskForApproval.SimpleValues.Contains(keys[0]))
            {
                // `{"never": null}` is the unit variant in map form.
                var unit = document.RootElement.GetProperty(keys[0]);
                return unit.ValueKind == JsonValueKind.Null
                    ? AskForApproval.FromName(keys[0])
                    : throw new Serialization.WireFormatException($"invalid type: {Serialization.SerdeText.Describe(unit)}, expected unit");
            }

            throw new Serialization.WireFormatException(keys switch
            {
                ["granular"] => $"invalid type: {Serialization.SerdeText.Describe(body)}, expected struct variant",
                [var other] => $"unknown variant `{other}`, expected one of `untrusted`, `on-request`, `granular`, `never`",
                _ => "invalid value: map, expected map with a single key",
            });
        }

        throw new JsonException($"invalid type: {reader.TokenType}, expected an approval policy");
    }

    /// <summary>The granular switches in declaration order, with whether each is required (else it defaults to false).</summary>
    private static readonly (string Name, bool Required)[] GranularSwitches =
    [
        ("sandbox_approval", true), ("rules", true), ("skill_approval", false), ("request_permissions", false), ("mcp_elicitations", true),
    ];

    /// <summary>
    /// Checks a granular body like serde does (first missing required switch, booleans only; unknown keys are
    /// ignored) and returns it with every switch, in declaration order, as the reference echoes it.
    /// </summary>
    private static JsonElement NormalizeGranular(JsonElement body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, required) in GranularSwitches)
            {
                bool value;
                if (body.TryGetProperty(name, out var given))
                {
                    value = given.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw new Serialization.WireFormatException($"invalid type: {Describe(given)}, expected a boolean"),
                    };
                }
                else if (required)
                {
                    throw new Serialization.WireFormatException($"missing field `{name}`");
                }
                else
                {
                    value = false;
                }

                writer.WriteBoolean(name, value);
            }

            writer.WriteEndObject();
        }

        using var normalized = JsonDocument.Parse(buffer.WrittenMemory);
        return normalized.RootElement.Clone();
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"string \"{value.GetString()}\"",
        JsonValueKind.Number => $"integer `{value.GetRawText()}`",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "sequence",
        _ => "map",
    };

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
