using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary><c>{"type":"workspaceWrite"}</c>: writes allowed in the workspace and the listed roots.</summary>
public sealed class WorkspaceWriteSandboxPolicy : SandboxPolicy
{
    /// <summary>Extra writable directories.</summary>
    [JsonPropertyName("writableRoots")]
    public IReadOnlyList<string> WritableRoots { get; init; } = [];

    /// <summary>Whether commands may use the network.</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }

    /// <summary>Leave <c>$TMPDIR</c> read-only.</summary>
    [JsonPropertyName("excludeTmpdirEnvVar")]
    public bool ExcludeTmpdirEnvVar { get; init; }

    /// <summary>Leave <c>/tmp</c> read-only.</summary>
    [JsonPropertyName("excludeSlashTmp")]
    public bool ExcludeSlashTmp { get; init; }
}
