using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>
/// Runs the command as is: for <c>dangerFullAccess</c>, and for <c>externalSandbox</c> where the caller's
/// own sandbox applies (its network setting is still announced to the command).
/// </summary>
public sealed class NoSandboxExecutor : ISandboxExecutor
{
    /// <inheritdoc />
    public string Name => "none";

    /// <inheritdoc />
    public LaunchPlan Prepare(SandboxRequest request)
    {
        var environment = request.Policy is ExternalSandboxPolicy { NetworkAccess: false }
            ? SandboxEnvironment.WithNetworkDisabled(request.Environment)
            : request.Environment;
        return new LaunchPlan(request.Command, request.Cwd, environment);
    }
}
