using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Feedback;

/// <summary>Params of <c>feedback/save</c>: write a feedback bundle (a ZIP) on the server's host.</summary>
public sealed class FeedbackSaveParams
{
    /// <summary>Kind of feedback, e.g. <c>bug</c>.</summary>
    [JsonPropertyName("classification")]
    public required string Classification { get; init; }

    /// <summary>Absolute, not yet existing path of the ZIP to write.</summary>
    [JsonPropertyName("savePath")]
    [OsString]
    public required string SavePath { get; init; }

    /// <summary>Whether to attach logs (and the thread's record when <see cref="ThreadId"/> is given).</summary>
    [JsonPropertyName("includeLogs")]
    public bool IncludeLogs { get; init; }

    /// <summary>The user's explanation.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>The thread the feedback is about.</summary>
    [JsonPropertyName("threadId")]
    public string? ThreadId { get; init; }

    /// <summary>Further log files to attach (when logs are included).</summary>
    [JsonPropertyName("extraLogFiles")]
    public IReadOnlyList<string>? ExtraLogFiles { get; init; }

    /// <summary>Free-form tags recorded in the report.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
