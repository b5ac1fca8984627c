using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// Declares the JSON shape of a raw-JSON (<see cref="JsonElement"/>?) field, e.g. <c>[WireShape("[abspath]?")]</c>:
/// the value is checked while the params are read, so a wrong type gets serde's <c>invalid type</c> error in
/// document order, like a typed field. The schema generator describes the field from the same shape.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WireShapeAttribute(string shape) : JsonConverterAttribute
{
    /// <summary>The parsed shape.</summary>
    public WireShape Shape { get; } = WireShape.Parse(shape);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert)
        => typeToConvert == typeof(JsonElement?)
            ? new WireShapeConverter(Shape)
            : throw new InvalidOperationException($"[WireShape] applies to JsonElement? properties, not {typeToConvert.Name}");
}

/// <summary>Reads a raw JSON value and checks it against a <see cref="WireShape"/>.</summary>
internal sealed class WireShapeConverter(WireShape shape) : JsonConverter<JsonElement?>
{
    // null must reach Read: the shape decides whether it is allowed.
    public override bool HandleNull => true;

    public override JsonElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = JsonElement.ParseValue(ref reader);
        if (shape.Check(value) is { } error)
        {
            throw new WireFormatException(error);
        }

        return value.ValueKind == JsonValueKind.Null ? null : value;
    }

    public override void Write(Utf8JsonWriter writer, JsonElement? value, JsonSerializerOptions options)
    {
        if (value is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
