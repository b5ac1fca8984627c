using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>One edit of <c>config/batchWrite</c>.</summary>
public sealed class ConfigEdit
{
    /// <summary>Dotted key path.</summary>
    [JsonPropertyName("keyPath")]
    public required string KeyPath { get; init; }

    /// <summary>The value; <c>null</c> deletes the key.</summary>
    [JsonPropertyName("value")]
    public required JsonNode? Value { get; init; }

    /// <summary>Replace or upsert.</summary>
    [JsonPropertyName("mergeStrategy")]
    public required MergeStrategy MergeStrategy { get; init; }
}
