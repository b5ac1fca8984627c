using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Result of <c>turn/start</c>: the new (or steered) turn, <c>inProgress</c>.</summary>
public sealed class TurnStartResponse
{
    /// <summary>The turn.</summary>
    [JsonPropertyName("turn")]
    public required Turn Turn { get; init; }
}
