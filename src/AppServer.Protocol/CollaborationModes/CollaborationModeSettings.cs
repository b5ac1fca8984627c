using System.Text.Json.Serialization;

namespace AppServer.Protocol.CollaborationModes;

/// <summary>Settings of a collaboration mode (snake_case on the wire, as the reference's <c>Settings</c>).</summary>
public sealed class CollaborationModeSettings
{
    /// <summary>The model the mode uses.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>The reasoning effort the mode uses.</summary>
    [JsonPropertyName("reasoning_effort")]
    public string? ReasoningEffort { get; init; }

    /// <summary>Extra developer instructions of the mode.</summary>
    [JsonPropertyName("developer_instructions")]
    public string? DeveloperInstructions { get; init; }
}
