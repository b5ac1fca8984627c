using System.Text.Json.Serialization;

namespace AppServer.Protocol.Initialize;

/// <summary>Who the client is; used for the user agent and the <c>originator</c> header.</summary>
public sealed class ClientInfo
{
    /// <summary>Machine-readable client name, e.g. <c>codex_vscode</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Human-readable title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Client version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }
}
