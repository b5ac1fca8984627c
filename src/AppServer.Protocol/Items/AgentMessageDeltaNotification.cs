using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary><c>item/agentMessage/delta</c>: a chunk of streamed agent text.</summary>
public sealed class AgentMessageDeltaNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }

    /// <summary>The agent message item id.</summary>
    [JsonPropertyName("itemId")]
    public required string ItemId { get; init; }

    /// <summary>The text to append.</summary>
    [JsonPropertyName("delta")]
    public required string Delta { get; init; }
}
