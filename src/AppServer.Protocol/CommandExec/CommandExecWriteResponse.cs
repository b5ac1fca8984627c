namespace AppServer.Protocol.CommandExec;

/// <summary>Empty result of <c>command/exec/write</c>.</summary>
public sealed class CommandExecWriteResponse;
