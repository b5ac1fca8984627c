using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary><c>item/reasoning/summaryPartAdded</c>: a new reasoning summary part begins.</summary>
public sealed class ReasoningSummaryPartAddedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The reasoning item id.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>Index of the new summary part.</summary>
    [JsonPropertyName("summaryIndex")]
    public required long SummaryIndex { get; init; }
}
