using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>One match of a fuzzy file search (snake_case on the wire, as the reference).</summary>
public sealed class FuzzyFileSearchResult
{
    /// <summary>The searched folder this match was found under.</summary>
    [JsonPropertyName("root")]
    public required string Root { get; init; }

    /// <summary>Path relative to <see cref="Root"/>, '/'-separated.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>File or directory.</summary>
    [JsonPropertyName("match_type")]
    public required FuzzyFileSearchMatchType MatchType { get; init; }

    /// <summary>Last component of <see cref="Path"/>.</summary>
    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    /// <summary>Relevance; higher is better.</summary>
    [JsonPropertyName("score")]
    public required uint Score { get; init; }

    /// <summary>Character positions in <see cref="Path"/> that matched the query, ascending.</summary>
    [JsonPropertyName("indices")]
    public IReadOnlyList<uint>? Indices { get; init; }
}
