using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>A UI-defined span within a text input.</summary>
public sealed class TextElement
{
    /// <summary>Byte range in the parent text.</summary>
    [JsonPropertyName("byteRange")]
    public required ByteRange ByteRange { get; init; }

    /// <summary>Optional human-readable placeholder.</summary>
    [JsonPropertyName("placeholder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Placeholder { get; init; }
}
