using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>The model's reasoning: summary parts and, for models that expose it, raw reasoning text.</summary>
public sealed class ReasoningThreadItem : ThreadItem
{
    /// <summary>Reasoning summary parts, in order.</summary>
    [JsonPropertyName("summary")]
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>Raw reasoning text parts, in order.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<string> Content { get; init; } = [];
}
