namespace AppServer.Sandbox;

/// <summary>What the sandbox module needs to know about this machine.</summary>
public sealed record SandboxOptions
{
    /// <summary>Where bwrap is; null looks it up on PATH (tests point it at a missing file to prove fail-closed).</summary>
    public string? BubblewrapPath { get; init; }
}
