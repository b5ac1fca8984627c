using System.Text.Json.Serialization;

namespace AppServer.Protocol.Config;

/// <summary><c>configWarning</c>: a config problem the user should know about.</summary>
public sealed class ConfigWarningNotification
{
    /// <summary>Concise summary.</summary>
    [JsonPropertyName("summary")]
    public required string Summary { get; init; }

    /// <summary>Extra details.</summary>
    [JsonPropertyName("details")]
    public string? Details { get; init; }

    /// <summary>The config file concerned.</summary>
    [JsonPropertyName("path")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>Where in the file.</summary>
    [JsonPropertyName("range")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextRange? Range { get; init; }
}
