using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Reads and writes <see cref="ThreadListCwdFilter"/>'s string-or-array form.</summary>
public sealed class ThreadListCwdFilterConverter : JsonConverter<ThreadListCwdFilter>
{
    /// <inheritdoc />
    public override ThreadListCwdFilter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ThreadListCwdFilter { Paths = [reader.GetString()!] };
        }

        var paths = JsonSerializer.Deserialize<List<string>>(ref reader, options)
            ?? throw new JsonException("invalid type: null, expected a string or a list of strings");
        return new ThreadListCwdFilter { Paths = paths };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ThreadListCwdFilter value, JsonSerializerOptions options)
    {
        if (value.Paths.Count == 1)
        {
            writer.WriteStringValue(value.Paths[0]);
            return;
        }

        JsonSerializer.Serialize(writer, value.Paths, options);
    }
}
