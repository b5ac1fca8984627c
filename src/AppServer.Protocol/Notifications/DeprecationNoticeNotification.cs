using System.Text.Json.Serialization;

namespace AppServer.Protocol.Notifications;

/// <summary><c>deprecationNotice</c>: the client used something that is deprecated.</summary>
public sealed class DeprecationNoticeNotification
{
    /// <summary>Concise summary of what is deprecated.</summary>
    [JsonPropertyName("summary")]
    public required string Summary { get; init; }

    /// <summary>Optional extra guidance, such as migration steps or rationale.</summary>
    [JsonPropertyName("details")]
    public string? Details { get; init; }
}
