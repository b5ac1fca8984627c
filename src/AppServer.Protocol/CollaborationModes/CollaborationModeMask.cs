using System.Text.Json.Serialization;

namespace AppServer.Protocol.CollaborationModes;

/// <summary>EXPERIMENTAL - collaboration mode preset metadata for clients.</summary>
public sealed class CollaborationModeMask
{
    /// <summary>Display name, e.g. <c>Plan</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The mode this preset selects.</summary>
    [JsonPropertyName("mode")]
    public ModeKind? Mode { get; init; }

    /// <summary>Model the preset pins, or <c>null</c> to keep the thread's model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Reasoning effort the preset pins, or <c>null</c> to keep the thread's.</summary>
    [JsonPropertyName("reasoning_effort")]
    public string? ReasoningEffort { get; init; }
}
