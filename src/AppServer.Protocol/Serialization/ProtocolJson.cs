using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Serialization;

/// <summary>The one set of <see cref="JsonSerializerOptions"/> used for every message on the wire.</summary>
public static class ProtocolJson
{
    /// <summary>Options for reading params and writing results/notifications.</summary>
    /// <remarks>
    /// Property names come from explicit <c>[JsonPropertyName]</c> attributes. Nullable annotations are
    /// respected so that <c>null</c> for a non-optional field is rejected like the reference's serde does.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
