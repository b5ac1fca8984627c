using System.Text.Json.Serialization;

namespace AppServer.Protocol.Policies;

/// <summary>Where the agent's commands may write and whether they reach the network. Tagged by <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(DangerFullAccessSandboxPolicy), "dangerFullAccess")]
[JsonDerivedType(typeof(ReadOnlySandboxPolicy), "readOnly")]
[JsonDerivedType(typeof(ExternalSandboxSandboxPolicy), "externalSandbox")]
[JsonDerivedType(typeof(WorkspaceWriteSandboxPolicy), "workspaceWrite")]
public abstract class SandboxPolicy
{
}

/// <summary>No sandbox at all.</summary>
public sealed class DangerFullAccessSandboxPolicy : SandboxPolicy
{
}

/// <summary>Read everything, write nothing.</summary>
public sealed class ReadOnlySandboxPolicy : SandboxPolicy
{
    /// <summary>Whether commands may use the network.</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }
}

/// <summary>The caller already runs the server in a sandbox.</summary>
public sealed class ExternalSandboxSandboxPolicy : SandboxPolicy
{
    /// <summary><c>restricted</c> or <c>enabled</c>.</summary>
    [JsonPropertyName("networkAccess")]
    public string NetworkAccess { get; init; } = "restricted";
}

/// <summary>Write inside the workspace (cwd and writable roots).</summary>
public sealed class WorkspaceWriteSandboxPolicy : SandboxPolicy
{
    /// <summary>Extra writable folders.</summary>
    [JsonPropertyName("writableRoots")]
    public IReadOnlyList<string> WritableRoots { get; init; } = [];

    /// <summary>Whether commands may use the network.</summary>
    [JsonPropertyName("networkAccess")]
    public bool NetworkAccess { get; init; }

    /// <summary>Do not make <c>$TMPDIR</c> writable.</summary>
    [JsonPropertyName("excludeTmpdirEnvVar")]
    public bool ExcludeTmpdirEnvVar { get; init; }

    /// <summary>Do not make <c>/tmp</c> writable.</summary>
    [JsonPropertyName("excludeSlashTmp")]
    public bool ExcludeSlashTmp { get; init; }
}
