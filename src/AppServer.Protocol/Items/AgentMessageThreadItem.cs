using System.Text.Json;
using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>Text the model wrote to the user.</summary>
public sealed class AgentMessageThreadItem : ThreadItem
{
    /// <summary>The full text (empty in <c>item/started</c>; deltas build it up).</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary><c>commentary</c>, <c>partial_answer</c> or <c>final_answer</c> when the model says so.</summary>
    [JsonPropertyName("phase")]
    public string? Phase { get; init; }

    /// <summary>Memory citation attached by the model; not produced locally.</summary>
    [JsonPropertyName("memoryCitation")]
    public JsonElement? MemoryCitation { get; init; }

    /// <summary>Delivery mode (<c>async</c>); not produced locally.</summary>
    [JsonPropertyName("delivery")]
    public string? Delivery { get; init; }

    /// <summary>Asynchronous questions attached to the message; not produced locally.</summary>
    [JsonPropertyName("questions")]
    public JsonElement? Questions { get; init; }

    /// <summary>Moderation metadata; not produced locally.</summary>
    [JsonPropertyName("moderation")]
    public JsonElement? Moderation { get; init; }
}
