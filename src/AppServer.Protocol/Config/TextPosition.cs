using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>A 1-based position in a file.</summary>
public sealed class TextPosition
{
    /// <summary>1-based line.</summary>
    [JsonPropertyName("line")]
    public required int Line { get; init; }

    /// <summary>1-based column.</summary>
    [JsonPropertyName("column")]
    public required int Column { get; init; }
}
