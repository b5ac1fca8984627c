using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Params of <c>turn/interrupt</c>.</summary>
public sealed class TurnInterruptParams
{
    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>The running turn to stop.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }
}
