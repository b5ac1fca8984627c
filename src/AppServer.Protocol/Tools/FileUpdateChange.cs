using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>One file of a <c>fileChange</c> item.</summary>
public sealed class FileUpdateChange
{
    /// <summary>Absolute path.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>Add, delete or update.</summary>
    [JsonPropertyName("kind")]
    public required PatchChangeKind Kind { get; init; }

    /// <summary>File content for adds, a unified hunk for updates.</summary>
    [JsonPropertyName("diff")]
    public required string Diff { get; init; }
}
