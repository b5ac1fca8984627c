using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Params of <c>fuzzyFileSearch/sessionStart</c> (experimental).</summary>
public sealed class FuzzyFileSearchSessionStartParams
{
    /// <summary>Client-chosen session id; starting an existing id replaces that session.</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>Folders the session searches.</summary>
    [JsonPropertyName("roots")]
    [OsString]
    public required IReadOnlyList<string> Roots { get; init; }
}
