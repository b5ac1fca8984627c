using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>A half-open byte range.</summary>
public sealed class ByteRange
{
    /// <summary>First byte.</summary>
    [JsonPropertyName("start")]
    public required ulong Start { get; init; }

    /// <summary>One past the last byte.</summary>
    [JsonPropertyName("end")]
    public required ulong End { get; init; }
}
