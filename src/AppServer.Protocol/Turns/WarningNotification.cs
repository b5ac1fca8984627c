using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary><c>warning</c>: a problem the user should see that does not stop the turn.</summary>
public sealed class WarningNotification
{
    /// <summary>Concise warning message for the user.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>The thread the warning is about, if any.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
