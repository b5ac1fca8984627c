using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>A message from the workspace administrators.</summary>
public sealed class WorkspaceMessage
{
    /// <summary>Unix time (seconds) when the message was archived.</summary>
    [JsonPropertyName("archivedAt")]
    public long? ArchivedAt { get; init; }

    /// <summary>Unix time (seconds) when the message was created.</summary>
    [JsonPropertyName("createdAt")]
    public long? CreatedAt { get; init; }

    /// <summary>The text.</summary>
    [JsonPropertyName("messageBody")]
    public required string MessageBody { get; init; }

    /// <summary>Backend id.</summary>
    [JsonPropertyName("messageId")]
    public required string MessageId { get; init; }

    /// <summary>How to show it.</summary>
    [JsonPropertyName("messageType")]
    public required WorkspaceMessageType MessageType { get; init; }
}
