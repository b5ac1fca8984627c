using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary>
/// Reads the <c>type</c>-tagged <see cref="SandboxPolicy"/> union wherever the tag appears in the object,
/// with serde's messages for a missing or unknown tag.
/// </summary>
public sealed class SandboxPolicyJsonConverter : JsonConverter<SandboxPolicy>
{
    private static readonly string Variants = string.Join(", ",
        new[] { DangerFullAccessSandboxPolicy.Tag, ReadOnlySandboxPolicy.Tag, ExternalSandboxSandboxPolicy.Tag, WorkspaceWriteSandboxPolicy.Tag }
            .Select(t => $"`{t}`"));

    /// <inheritdoc />
    public override SandboxPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException();
        }

        if (!element.TryGetProperty("type", out var tag))
        {
            throw new WireFormatException("missing field `type`");
        }

        var name = tag.ValueKind == JsonValueKind.String ? tag.GetString() : null;
        Type concrete = name switch
        {
            DangerFullAccessSandboxPolicy.Tag => typeof(DangerFullAccessSandboxPolicy),
            ReadOnlySandboxPolicy.Tag => typeof(ReadOnlySandboxPolicy),
            ExternalSandboxSandboxPolicy.Tag => typeof(ExternalSandboxSandboxPolicy),
            WorkspaceWriteSandboxPolicy.Tag => typeof(WorkspaceWriteSandboxPolicy),
            _ => throw new WireFormatException($"unknown variant `{name ?? tag.GetRawText()}`, expected one of {Variants}"),
        };
        return (SandboxPolicy)(element.Deserialize(concrete, options) ?? throw new JsonException());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SandboxPolicy value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
