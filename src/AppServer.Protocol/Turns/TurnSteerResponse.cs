using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Result of <c>turn/steer</c>.</summary>
public sealed class TurnSteerResponse
{
    /// <summary>The steered turn.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }
}
