using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary><c>turn/started</c>.</summary>
public sealed class TurnStartedNotification
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The turn, <c>inProgress</c>.</summary>
    [JsonPropertyName("turn")]
    public required Turn Turn { get; init; }
}
