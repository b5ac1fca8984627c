using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>The user's input for a turn (or a steer).</summary>
public sealed class UserMessageThreadItem : ThreadItem
{
    /// <summary>Client-supplied id of this message (<c>clientUserMessageId</c>), if any.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The input parts as the client sent them.</summary>
    [JsonPropertyName("content")]
    public required IReadOnlyList<UserInput> Content { get; init; }
}
