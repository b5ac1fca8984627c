using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Lists files.</summary>
public sealed class ListFilesCommandAction : CommandAction
{
    /// <summary>The directory listed, if given.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }
}
