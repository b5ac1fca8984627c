using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>The file is edited, and possibly moved.</summary>
public sealed class UpdatePatchChangeKind : PatchChangeKind
{
    /// <summary>The new path when the file moves.</summary>
    [JsonPropertyName("move_path")]
    public string? MovePath { get; init; }
}
