using System.Text.Json.Serialization;

namespace AppServer.Protocol.Notifications;

/// <summary><c>warning</c>: something the user should know, optionally about one thread.</summary>
public sealed class WarningNotification
{
    /// <summary>The thread the warning is about, if any.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }

    /// <summary>Concise warning message for the user.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
