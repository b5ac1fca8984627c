using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>A command to run under a policy, before any sandbox wrapper is added.</summary>
/// <param name="Command">The argv the caller asked for.</param>
/// <param name="Cwd">Absolute working directory.</param>
/// <param name="Environment">The complete child environment.</param>
/// <param name="Policy">What the command may do.</param>
/// <param name="Tty">Whether it will run on a pseudo-terminal (the wrapper must keep the terminal as its controlling tty).</param>
public sealed record SandboxRequest(
    IReadOnlyList<string> Command,
    string Cwd,
    IReadOnlyDictionary<string, string> Environment,
    SandboxPolicy Policy,
    bool Tty);
