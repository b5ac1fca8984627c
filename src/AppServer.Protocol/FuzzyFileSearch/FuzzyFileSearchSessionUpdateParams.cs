using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Params of <c>fuzzyFileSearch/sessionUpdate</c>: a new query for a running session.</summary>
public sealed class FuzzyFileSearchSessionUpdateParams
{
    /// <summary>The session.</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }

    /// <summary>The new query.</summary>
    [JsonPropertyName("query")]
    public required string Query { get; init; }
}
