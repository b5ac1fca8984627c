using System.Text.Json.Serialization;

namespace AppServer.Protocol.Items;

/// <summary>An image file on the server's disk; sent to the model as a data URL.</summary>
public sealed class LocalImageUserInput : UserInput
{
    /// <summary>Path of the image file.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary><c>auto</c>, <c>low</c>, <c>high</c> or <c>original</c>.</summary>
    [JsonPropertyName("detail")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }
}
