namespace AppServer.Sandbox.Executors;

/// <summary>
/// Exactly what to spawn: the final argv (sandbox wrapper included), cwd and environment, plus an action
/// to run once the process has exited (e.g. removing mount points the sandbox had to create).
/// </summary>
public sealed record LaunchPlan(
    IReadOnlyList<string> Argv,
    string Cwd,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Runs after the process exits; never throws.</summary>
    public Action AfterExit { get; init; } = static () => { };
}
