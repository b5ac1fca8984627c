namespace AppServer.Sandbox.Executors;

/// <summary>Turns a command and a policy into a <see cref="LaunchPlan"/> that enforces the policy.</summary>
public interface ISandboxExecutor
{
    /// <summary>Short name for logs (<c>none</c>, <c>bubblewrap</c>, <c>seatbelt</c>).</summary>
    string Name { get; }

    /// <summary>Builds the plan.</summary>
    /// <exception cref="SandboxUnavailableException">The sandbox cannot be enforced here; never run the command unsandboxed instead.</exception>
    LaunchPlan Prepare(SandboxRequest request);
}
