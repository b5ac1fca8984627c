using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>A mention (file, app...) the user inserted.</summary>
public sealed class MentionUserInput : UserInput
{
    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Path or URI of the mentioned thing.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}
