using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>Sandbox override of <c>thread/start</c> and friends.</summary>
public enum SandboxMode
{
    /// <summary><c>read-only</c>.</summary>
    [JsonStringEnumMemberName("read-only")]
    ReadOnly,

    /// <summary><c>workspace-write</c>.</summary>
    [JsonStringEnumMemberName("workspace-write")]
    WorkspaceWrite,

    /// <summary><c>danger-full-access</c>.</summary>
    [JsonStringEnumMemberName("danger-full-access")]
    DangerFullAccess,
}
