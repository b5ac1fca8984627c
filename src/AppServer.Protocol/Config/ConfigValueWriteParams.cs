using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Params of <c>config/value/write</c>.</summary>
public sealed class ConfigValueWriteParams
{
    /// <summary>Dotted key path, e.g. <c>tui.animations</c>.</summary>
    [JsonPropertyName("keyPath")]
    public required string KeyPath { get; init; }

    /// <summary>The value; <c>null</c> deletes the key.</summary>
    [JsonPropertyName("value")]
    public required JsonNode? Value { get; init; }

    /// <summary>Replace or upsert.</summary>
    [JsonPropertyName("mergeStrategy")]
    public required MergeStrategy MergeStrategy { get; init; }

    /// <summary>Refuse the write unless the file still has this version.</summary>
    [JsonPropertyName("expectedVersion")]
    public string? ExpectedVersion { get; init; }

    /// <summary>The file to write; defaults to the user's <c>config.toml</c> (the only writable layer).</summary>
    [JsonPropertyName("filePath")]
    [OsString]
    public string? FilePath { get; init; }
}
