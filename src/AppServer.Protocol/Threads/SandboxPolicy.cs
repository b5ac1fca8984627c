using System.Text.Json.Serialization;

namespace AppServer.Protocol.Threads;

/// <summary>The effective sandbox policy, tagged by <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(DangerFullAccessSandboxPolicy), "dangerFullAccess")]
[JsonDerivedType(typeof(ReadOnlySandboxPolicy), "readOnly")]
[JsonDerivedType(typeof(ExternalSandboxSandboxPolicy), "externalSandbox")]
[JsonDerivedType(typeof(WorkspaceWriteSandboxPolicy), "workspaceWrite")]
public abstract class SandboxPolicy
{
}
