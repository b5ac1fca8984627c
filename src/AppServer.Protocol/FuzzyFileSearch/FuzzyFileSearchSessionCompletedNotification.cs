using System.Text.Json.Serialization;

namespace AppServer.Protocol.FuzzyFileSearch;

/// <summary><c>fuzzyFileSearch/sessionCompleted</c>: the session finished searching for its current query.</summary>
public sealed class FuzzyFileSearchSessionCompletedNotification
{
    /// <summary>The session.</summary>
    [JsonPropertyName("sessionId")]
    public required string SessionId { get; init; }
}
