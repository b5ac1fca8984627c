namespace AppServer.Agent.Exec;

/// <summary>How a command ended and its buffered output (empty when streamed).</summary>
public sealed record CommandExecResult(int ExitCode, string Stdout, string Stderr);
