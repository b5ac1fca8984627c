using System.Text.Json.Serialization;
using System.Text.Json;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Git metadata patch: an omitted field stays, <c>null</c> clears it, a string replaces it.</summary>
public sealed class ThreadMetadataGitInfoUpdateParams
{
    /// <summary>New commit sha, null, or omitted.</summary>
    [JsonPropertyName("sha")]
    [WireShape("string?")]
    public JsonElement Sha { get; init; }

    /// <summary>New branch, null, or omitted.</summary>
    [JsonPropertyName("branch")]
    [WireShape("string?")]
    public JsonElement Branch { get; init; }

    /// <summary>New origin URL, null, or omitted.</summary>
    [JsonPropertyName("originUrl")]
    [WireShape("string?")]
    public JsonElement OriginUrl { get; init; }
}
