namespace AppServer.Protocol.Threads;

/// <summary><c>{"type":"dangerFullAccess"}</c>: no sandbox.</summary>
public sealed class DangerFullAccessSandboxPolicy : SandboxPolicy
{
}
