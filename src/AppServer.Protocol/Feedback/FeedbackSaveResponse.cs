using System.Text.Json.Serialization;

namespace AppServer.Protocol.Feedback;

/// <summary>Result of <c>feedback/save</c>.</summary>
public sealed class FeedbackSaveResponse
{
    /// <summary>Where the bundle was written.</summary>
    [JsonPropertyName("savedPath")]
    public required string SavedPath { get; init; }

    /// <summary>The thread the report names (a <c>no-active-thread-…</c> id when none was given).</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>Hash of the prompt metadata; null when there is none (always, locally).</summary>
    [JsonPropertyName("promptHash")]
    public string? PromptHash { get; init; }
}
