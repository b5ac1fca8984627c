using System.Text.Json.Serialization;
using AppServer.Protocol.Paths;

namespace AppServer.Protocol.Sandbox;

/// <summary>
/// <c>{"type":"workspaceWrite"}</c>: the cwd, <see cref="WritableRoots"/>, <c>/tmp</c> and <c>$TMPDIR</c>
/// are writable; everything else is read-only.
/// </summary>
public sealed class WorkspaceWriteSandboxPolicy : SandboxPolicy
{
    /// <summary>The wire tag.</summary>
    public const string Tag = "workspaceWrite";

    /// <inheritdoc />
    [JsonPropertyName("type")]
    public override string Type => Tag;

    /// <summary>Extra writable directories besides the cwd.</summary>
    [JsonPropertyName("writableRoots")]
    public IReadOnlyList<AbsolutePath> WritableRoots { get; init; } = [];

    /// <summary>Whether outbound network access is allowed (default false).</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }

    /// <summary>Do not make <c>$TMPDIR</c> writable.</summary>
    [JsonPropertyName("excludeTmpdirEnvVar")]
    public bool ExcludeTmpdirEnvVar { get; init; }

    /// <summary>Do not make <c>/tmp</c> writable.</summary>
    [JsonPropertyName("excludeSlashTmp")]
    public bool ExcludeSlashTmp { get; init; }
}
