using AppServer.Protocol.CommandExec;

namespace AppServer.Protocol.Methods;

/// <summary>Standalone command execution: <c>command/exec</c> and its follow-ups.</summary>
public static class CommandExecMethods
{
    /// <summary><c>command/exec</c>: run an argv in the sandbox; answers when the process exits.</summary>
    public static readonly MethodDescriptor Exec =
        MethodDescriptor.Create<CommandExecParams, CommandExecResponse>("command/exec");

    /// <summary><c>command/exec/write</c>: feed stdin of a running command.</summary>
    public static readonly MethodDescriptor Write =
        MethodDescriptor.Create<CommandExecWriteParams, CommandExecWriteResponse>("command/exec/write");

    /// <summary><c>command/exec/terminate</c>: kill a running command.</summary>
    public static readonly MethodDescriptor Terminate =
        MethodDescriptor.Create<CommandExecTerminateParams, CommandExecTerminateResponse>("command/exec/terminate");

    /// <summary><c>command/exec/resize</c>: resize a running command's PTY.</summary>
    public static readonly MethodDescriptor Resize =
        MethodDescriptor.Create<CommandExecResizeParams, CommandExecResizeResponse>("command/exec/resize");

    /// <summary><c>command/exec/outputDelta</c> notification.</summary>
    public static readonly NotificationDescriptor<CommandExecOutputDeltaNotification> OutputDelta = new("command/exec/outputDelta");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Exec, Write, Terminate, Resize];
}
