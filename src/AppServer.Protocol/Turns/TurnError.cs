using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Turns;

/// <summary>Why a turn (or one model request) failed.</summary>
public sealed class TurnError
{
    /// <summary>Human-readable message (the reference's exact wording).</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Machine-readable classification.</summary>
    [JsonPropertyName("codexErrorInfo")]
    public CodexErrorInfo? CodexErrorInfo { get; init; }

    /// <summary>Extra detail, e.g. the underlying stream error.</summary>
    [JsonPropertyName("additionalDetails")]
    public string? AdditionalDetails { get; init; }

    /// <summary>Explanation of a misalignment block; not produced locally.</summary>
    [JsonPropertyName("misalignment")]
    public JsonElement? Misalignment { get; init; }
}
