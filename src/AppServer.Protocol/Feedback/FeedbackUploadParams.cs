using System.Text.Json.Serialization;

namespace AppServer.Protocol.Feedback;

/// <summary>Params of <c>feedback/upload</c>.</summary>
public sealed class FeedbackUploadParams
{
    /// <summary>Kind of feedback (for example <c>bug</c>).</summary>
    [JsonPropertyName("classification")]
    public required string Classification { get; init; }

    /// <summary>More log files to attach.</summary>
    [JsonPropertyName("extraLogFiles")]
    public IReadOnlyList<string>? ExtraLogFiles { get; init; }

    /// <summary>Attach the thread's logs.</summary>
    [JsonPropertyName("includeLogs")]
    public bool? IncludeLogs { get; init; }

    /// <summary>Free-text description.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>Extra tags.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The thread the feedback is about.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }
}
