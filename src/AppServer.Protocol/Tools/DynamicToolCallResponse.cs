using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>The client's result for a dynamic tool call.</summary>
public sealed class DynamicToolCallResponse
{
    /// <summary><c>{type:inputText,text}</c> or <c>{type:inputImage,imageUrl}</c> items.</summary>
    [JsonPropertyName("contentItems")]
    public required IReadOnlyList<System.Text.Json.JsonElement> ContentItems { get; init; }

    /// <summary>Whether the tool succeeded.</summary>
    [JsonPropertyName("success")]
    public required bool Success { get; init; }
}
