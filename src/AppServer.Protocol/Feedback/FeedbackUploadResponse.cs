using System.Text.Json.Serialization;

namespace AppServer.Protocol.Feedback;

/// <summary>Result of <c>feedback/upload</c>.</summary>
public sealed class FeedbackUploadResponse
{
    /// <summary>SHA-256 of the session base instructions, when known.</summary>
    [JsonPropertyName("promptHash")]
    public string? PromptHash { get; init; }

    /// <summary>The thread the report was filed for.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }
}
