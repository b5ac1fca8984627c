using AppServer.Sandbox.Policies;

namespace AppServer.Sandbox.Executors;

/// <summary>A command to run under a policy, before any sandbox wrapper is added.</summary>
/// <param name="Command">The argv the caller asked for.</param>
/// <param name="Cwd">Absolute working directory of the command.</param>
/// <param name="Environment">The complete child environment.</param>
/// <param name="Policy">What the command may do.</param>
/// <param name="Tty">Whether it will run on a pseudo-terminal (the wrapper must keep the terminal as its controlling tty).</param>
public sealed record SandboxRequest(
    IReadOnlyList<string> Command,
    string Cwd,
    IReadOnlyDictionary<string, string> Environment,
    SandboxPolicy Policy,
    bool Tty)
{
    private readonly string? _policyCwd;

    /// <summary>
    /// The directory the policy is rooted at: the workspace-write root that stands for "the cwd" (the thread's
    /// cwd for agent commands, the server's for <c>command/exec</c>). Where a command happens to run never makes
    /// that directory writable. Defaults to <see cref="Cwd"/>.
    /// </summary>
    public string PolicyCwd { get => _policyCwd ?? Cwd; init => _policyCwd = value; }

    /// <summary>
    /// Absolute paths the command must not read or write under a restricted policy (the server's login and
    /// database). Paths that do not exist when the command starts are skipped.
    /// </summary>
    public IReadOnlyList<string> HiddenFiles { get; init; } = [];

    /// <summary>
    /// Absolute directories that stay read-only even inside a writable root (the server's home: its config and
    /// exec-policy rules decide what later runs unsandboxed).
    /// </summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];
}
