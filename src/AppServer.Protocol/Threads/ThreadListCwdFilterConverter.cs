using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Reads and writes <see cref="ThreadListCwdFilter"/>'s string-or-array form.</summary>
public sealed class ThreadListCwdFilterConverter : JsonConverter<ThreadListCwdFilter>
{
    /// <inheritdoc />
    public override ThreadListCwdFilter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // An untagged union in the reference: a string or a list of strings, anything else matches neither.
        var value = JsonElement.ParseValue(ref reader);
        if (value.ValueKind == JsonValueKind.String)
        {
            return new ThreadListCwdFilter { Paths = [value.GetString()!] };
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(p => p.ValueKind == JsonValueKind.String))
        {
            return new ThreadListCwdFilter { Paths = [.. value.EnumerateArray().Select(p => p.GetString()!)] };
        }

        throw new WireFormatException("data did not match any variant of untagged enum ThreadListCwdFilter");
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
