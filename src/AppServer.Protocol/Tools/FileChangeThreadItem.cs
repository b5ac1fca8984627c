using System.Text.Json.Serialization;

namespace AppServer.Protocol.Tools;

/// <summary>A patch the agent applied (<c>apply_patch</c>).</summary>
public sealed class FileChangeThreadItem : AppServer.Protocol.Items.ThreadItem
{
    /// <summary>The files and their diffs.</summary>
    [JsonPropertyName("changes")]
    public required IReadOnlyList<FileUpdateChange> Changes { get; init; }

    /// <summary>Current status.</summary>
    [JsonPropertyName("status")]
    public required PatchApplyStatus Status { get; init; }
}
