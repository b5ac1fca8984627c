using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary><c>turn/diff/updated</c>: the aggregated diff of the turn so far.</summary>
public sealed class TurnDiffUpdatedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>Git-style unified diff.</summary>
    [JsonPropertyName("diff")]
    public required string Diff { get; init; }
}
