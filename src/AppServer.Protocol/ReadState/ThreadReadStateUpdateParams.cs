using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>Params of <c>thread/readState/update</c>.</summary>
public sealed class ThreadReadStateUpdateParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The revision the caller saw; a different current revision is a conflict.</summary>
    [JsonPropertyName("expectedRevision")]
    public required string ExpectedRevision { get; init; }

    /// <summary>Read or unread.</summary>
    [JsonPropertyName("operation")]
    public required ThreadReadStateOperation Operation { get; init; }
}
