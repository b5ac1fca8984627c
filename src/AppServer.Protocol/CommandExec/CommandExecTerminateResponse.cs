namespace AppServer.Protocol.CommandExec;

/// <summary>Empty result of <c>command/exec/terminate</c>.</summary>
public sealed class CommandExecTerminateResponse;
