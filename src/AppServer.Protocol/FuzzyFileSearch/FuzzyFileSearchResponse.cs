using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Result of <c>fuzzyFileSearch</c>: the best matches, best first.</summary>
public sealed class FuzzyFileSearchResponse
{
    /// <summary>The matches.</summary>
    [JsonPropertyName("files")]
    public required IReadOnlyList<FuzzyFileSearchResult> Files { get; init; }
}
