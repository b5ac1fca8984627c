using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary><c>fuzzyFileSearch/sessionUpdated</c>: the current matches of a session's query.</summary>
public sealed class FuzzyFileSearchSessionUpdatedNotification
{
    /// <summary>The session.</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>The query these matches are for.</summary>
    [JsonPropertyName("query")]
    public required string Query { get; init; }

    /// <summary>The matches, best first.</summary>
    [JsonPropertyName("files")]
    public required IReadOnlyList<FuzzyFileSearchResult> Files { get; init; }
}
