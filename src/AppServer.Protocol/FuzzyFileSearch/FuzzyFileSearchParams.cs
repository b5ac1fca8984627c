using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary>Params of <c>fuzzyFileSearch</c>: one query over one or more folders.</summary>
public sealed class FuzzyFileSearchParams
{
    /// <summary>The fuzzy query; whitespace separates terms that must all match.</summary>
    [JsonPropertyName("query")]
    public required string Query { get; init; }

    /// <summary>Folders to search (absolute paths).</summary>
    [JsonPropertyName("roots")]
    [OsString]
    public required IReadOnlyList<string> Roots { get; init; }

    /// <summary>A later request with the same token cancels an earlier one still running.</summary>
    [JsonPropertyName("cancellationToken")]
    public string? CancellationToken { get; init; }
}
