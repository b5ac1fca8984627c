namespace AppServer.Sandbox.Executors;

/// <summary>A restricted command was refused because its sandbox cannot be enforced; the message says how to fix it.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
