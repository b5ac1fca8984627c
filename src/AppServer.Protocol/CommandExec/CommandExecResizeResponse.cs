namespace AppServer.Protocol.CommandExec;

/// <summary>Empty result of <c>command/exec/resize</c>.</summary>
public sealed class CommandExecResizeResponse;
