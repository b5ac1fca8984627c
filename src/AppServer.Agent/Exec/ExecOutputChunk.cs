using AppServer.Sandbox.Processes;

namespace AppServer.Agent.Exec;

/// <summary>A piece of streamed output; <see cref="CapReached"/> marks the last chunk of a truncated stream.</summary>
public readonly record struct ExecOutputChunk(string ProcessId, OutputStreamKind Stream, ReadOnlyMemory<byte> Data, bool CapReached);
