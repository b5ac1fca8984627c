using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Params of <c>fuzzyFileSearch/sessionStop</c>.</summary>
public sealed class FuzzyFileSearchSessionStopParams
{
    /// <summary>The session to end (unknown ids are fine).</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }
}
