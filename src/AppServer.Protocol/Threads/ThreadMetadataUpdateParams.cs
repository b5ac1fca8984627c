using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Params of <c>thread/metadata/update</c>.</summary>
public sealed class ThreadMetadataUpdateParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Git metadata patch.</summary>
    [JsonPropertyName("gitInfo")]
    public ThreadMetadataGitInfoUpdateParams? GitInfo { get; init; }
}
