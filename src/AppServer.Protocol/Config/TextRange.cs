using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>A range in a file.</summary>
public sealed class TextRange
{
    /// <summary>Start position.</summary>
    [JsonPropertyName("start")]
    public required TextPosition Start { get; init; }

    /// <summary>End position.</summary>
    [JsonPropertyName("end")]
    public required TextPosition End { get; init; }
}
