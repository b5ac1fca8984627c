using System.Text.Json.Serialization;

namespace AppServer.Protocol.CollaborationModes;

/// <summary>The collaboration mode a session runs in, with its settings.</summary>
public sealed class CollaborationMode
{
    /// <summary>The mode.</summary>
    [JsonPropertyName("mode")]
    public required ModeKind Mode { get; init; }

    /// <summary>The mode's settings.</summary>
    [JsonPropertyName("settings")]
    public required CollaborationModeSettings Settings { get; init; }
}
