using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>Searches files.</summary>
public sealed class SearchCommandAction : CommandAction
{
    /// <summary>What is searched for.</summary>
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    /// <summary>Where, if given.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }
}
