using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Reads one file.</summary>
public sealed class ReadCommandAction : CommandAction
{
    /// <summary>The file name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Absolute path of the file.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
