using System.Text.Json.Serialization;

namespace AppServer.Protocol.ReadState;

/// <summary>
/// Where unread content starts: <c>{"type":"threadStart"}</c> (explicitly marked unread) or
/// <c>{"type":"turn","turnId":...}</c> (the earliest completed turn not yet read).
/// </summary>
public sealed class ThreadUnreadPosition
{
    /// <summary><c>threadStart</c> or <c>turn</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The turn, for <c>turn</c> positions.</summary>
    [JsonPropertyName("turnId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TurnId { get; init; }
}
