using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Git metadata of a thread.</summary>
public sealed class GitInfo
{
    /// <summary>Commit sha.</summary>
    [JsonPropertyName("sha")]
    public string? Sha { get; init; }

    /// <summary>Branch name.</summary>
    [JsonPropertyName("branch")]
    public string? Branch { get; init; }

    /// <summary>URL of the <c>origin</c> remote.</summary>
    [JsonPropertyName("originUrl")]
    public string? OriginUrl { get; init; }
}
