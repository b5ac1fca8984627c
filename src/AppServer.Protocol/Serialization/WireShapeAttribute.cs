using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Serialization;

/// <summary>
/// Declares the JSON shape of a raw-JSON (<see cref="JsonElement"/>) field, e.g. <c>[WireShape("[abspath]?")]</c>:
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
    {
        if (typeToConvert == typeof(JsonElement?))
        {
            return new WireShapeConverter(Shape);
        }

        return typeToConvert == typeof(JsonElement)
            ? new PresenceKeepingConverter(Shape)
            : throw new InvalidOperationException($"[WireShape] applies to JsonElement and JsonElement? properties, not {typeToConvert.Name}");
    }
}

/// <summary>
/// Like <see cref="WireShapeConverter"/> for a non-nullable <see cref="JsonElement"/>: an explicit <c>null</c>
/// stays a Null element, so a handler can tell "omitted" (Undefined) from "set to null".
/// </summary>
internal sealed class PresenceKeepingConverter(WireShape shape) : JsonConverter<JsonElement>
{
    public override bool HandleNull => true;

    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = JsonElement.ParseValue(ref reader);
        return shape.Check(value) is { } error ? throw new WireFormatException(error) : value;
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);
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
