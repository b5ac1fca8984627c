using System.Text.Json.Serialization;

namespace AppServer.Protocol.Sandbox;

/// <summary><c>{"type":"readOnly"}</c>: the whole disk is readable, nothing is writable.</summary>
public sealed class ReadOnlySandboxPolicy : SandboxPolicy
{
    /// <summary>The wire tag.</summary>
    public const string Tag = "readOnly";

    /// <inheritdoc />
    [JsonPropertyName("type")]
    public override string Type => Tag;

    /// <summary>Whether outbound network access is allowed (default false).</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }
}
