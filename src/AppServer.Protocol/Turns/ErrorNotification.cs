using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary><c>error</c>: a model request failed; <see cref="WillRetry"/> says whether it is retried.</summary>
public sealed class ErrorNotification
{
    /// <summary>The error.</summary>
    [JsonPropertyName("error")]
    public required TurnError Error { get; init; }

    /// <summary>True when the request is retried.</summary>
    [JsonPropertyName("willRetry")]
    public required bool WillRetry { get; init; }

    /// <summary>Thread id.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Turn id.</summary>
    [JsonPropertyName("turnId")]
    public required string TurnId { get; init; }
}
