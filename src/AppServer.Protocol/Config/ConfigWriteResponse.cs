using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary>Result of <c>config/value/write</c> and <c>config/batchWrite</c>.</summary>
public sealed class ConfigWriteResponse
{
    /// <summary><c>ok</c> or <c>okOverridden</c>.</summary>
    [JsonPropertyName("status")]
    public required WriteStatus Status { get; init; }

    /// <summary>The file's new version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>The file written.</summary>
    [JsonPropertyName("filePath")]
    public required string FilePath { get; init; }

    /// <summary>Set with <c>okOverridden</c>.</summary>
    [JsonPropertyName("overriddenMetadata")]
    public OverriddenMetadata? OverriddenMetadata { get; init; }
}
