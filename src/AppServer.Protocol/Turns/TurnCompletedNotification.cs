using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary><c>turn/completed</c>: the turn ended (completed, interrupted or failed).</summary>
public sealed class TurnCompletedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The final turn.</summary>
    [JsonPropertyName("turn")]
    public required Turn Turn { get; init; }
}
