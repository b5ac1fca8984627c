using System.Text.Json.Serialization;
using System.Text.Json;

namespace AppServer.Protocol.Threads;

/// <summary>Git metadata patch: an omitted field stays, <c>null</c> clears it, a string replaces it.</summary>
public sealed class ThreadMetadataGitInfoUpdateParams
{
    /// <summary>New commit sha, null, or omitted.</summary>
    [JsonPropertyName("sha")]
    public JsonElement Sha { get; init; }

    /// <summary>New branch, null, or omitted.</summary>
    [JsonPropertyName("branch")]
    public JsonElement Branch { get; init; }

    /// <summary>New origin URL, null, or omitted.</summary>
    [JsonPropertyName("originUrl")]
    public JsonElement OriginUrl { get; init; }
}
