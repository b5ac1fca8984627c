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
            // Let the dispatcher describe the mismatch like any other type error.
            throw new JsonException();
        }

        return AbsolutePath.TryCreate(reader.GetString()!) ?? throw new WireFormatException(RelativePathMessage);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AbsolutePath value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
