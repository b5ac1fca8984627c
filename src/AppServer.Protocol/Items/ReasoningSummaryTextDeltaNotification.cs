using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary><c>item/reasoning/summaryTextDelta</c>: streamed text of a reasoning summary part.</summary>
public sealed class ReasoningSummaryTextDeltaNotification
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

    /// <summary>The text to append.</summary>
    [JsonPropertyName("delta")]
    public required string Delta { get; init; }

    /// <summary>Which summary part the text belongs to.</summary>
    [JsonPropertyName("summaryIndex")]
    public required long SummaryIndex { get; init; }
}
