using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>Plain text input.</summary>
public sealed class TextUserInput : UserInput
{
    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>UI-defined spans within <see cref="Text"/>.</summary>
    [JsonPropertyName("text_elements")]
    public IReadOnlyList<TextElement> TextElements { get; init; } = [];
}
