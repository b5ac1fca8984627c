using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Policies;

/// <summary>
/// When the agent asks before acting: <c>untrusted</c>, <c>on-request</c>, <c>never</c>, or the experimental
/// <c>{"granular":{...}}</c> object.
/// </summary>
[JsonConverter(typeof(AskForApprovalConverter))]
public sealed record AskForApproval : IExperimentalValue
{
    private AskForApproval(string mode, JsonElement? granular)
    {
        Mode = mode;
        Granular = granular;
    }

    /// <summary><c>untrusted</c>, <c>on-request</c>, <c>never</c> or <c>granular</c>.</summary>
    public string Mode { get; }

    /// <summary>The granular settings object, for <c>granular</c>.</summary>
    public JsonElement? Granular { get; }

    /// <inheritdoc />
    public string? ExperimentalDescriptor => Mode == "granular" ? "askForApproval.granular" : null;

    /// <summary>A named policy.</summary>
    public static AskForApproval Named(string mode) => new(mode, null);

    /// <summary>The granular policy.</summary>
    public static AskForApproval FromGranular(JsonElement settings) => new("granular", settings.Clone());

    /// <inheritdoc />
    public override string ToString() => Mode;
}

/// <summary>Reads and writes <see cref="AskForApproval"/>.</summary>
public sealed class AskForApprovalConverter : JsonConverter<AskForApproval>
{
    private static readonly string[] Names = ["untrusted", "on-request", "never"];

    /// <inheritdoc />
    public override AskForApproval? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var value = reader.GetString()!;
            if (Array.IndexOf(Names, value) < 0)
            {
                throw new JsonException($"unknown variant `{value}`, expected one of `untrusted`, `on-request`, `never`, `granular`");
            }

            return AskForApproval.Named(value);
        }

        using var doc = JsonDocument.ParseValue(ref reader);
        if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("granular", out var granular))
        {
            return AskForApproval.FromGranular(granular);
        }

        throw new JsonException("data did not match any variant of untagged enum AskForApproval");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AskForApproval value, JsonSerializerOptions options)
    {
        if (value.Granular is { } granular)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("granular");
            granular.WriteTo(writer);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.Mode);
        }
    }
}
