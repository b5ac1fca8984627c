using AppServer.Protocol.Methods;

namespace AppServer.Protocol.Tools;

/// <summary>Registry entries for the agent tools' notifications and server→client requests.</summary>
public static class ToolMessages
{
    /// <summary><c>item/commandExecution/outputDelta</c>.</summary>
    public static readonly MessageDescriptor CommandOutputDelta = new("item/commandExecution/outputDelta", typeof(CommandExecutionOutputDeltaNotification));

    /// <summary><c>item/commandExecution/terminalInteraction</c>.</summary>
    public static readonly MessageDescriptor TerminalInteraction = new("item/commandExecution/terminalInteraction", typeof(TerminalInteractionNotification));

    /// <summary><c>turn/diff/updated</c>.</summary>
    public static readonly MessageDescriptor TurnDiffUpdated = new("turn/diff/updated", typeof(TurnDiffUpdatedNotification));

    /// <summary><c>turn/plan/updated</c>.</summary>
    public static readonly MessageDescriptor TurnPlanUpdated = new("turn/plan/updated", typeof(TurnPlanUpdatedNotification));

    /// <summary><c>serverRequest/resolved</c>.</summary>
    public static readonly MessageDescriptor ServerRequestResolved = new("serverRequest/resolved", typeof(ServerRequestResolvedNotification));

    /// <summary><c>item/commandExecution/requestApproval</c>.</summary>
    public static readonly MessageDescriptor CommandApproval = new("item/commandExecution/requestApproval", typeof(CommandExecutionRequestApprovalParams), typeof(CommandExecutionRequestApprovalResponse));

    /// <summary><c>item/fileChange/requestApproval</c>.</summary>
    public static readonly MessageDescriptor FileChangeApproval = new("item/fileChange/requestApproval", typeof(FileChangeRequestApprovalParams), typeof(FileChangeRequestApprovalResponse));

    /// <summary><c>item/tool/call</c> (experimental dynamic tools).</summary>
    public static readonly MessageDescriptor DynamicToolCall = new("item/tool/call", typeof(DynamicToolCallParams), typeof(DynamicToolCallResponse), Experimental: true);

    /// <summary>The notifications.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } = [CommandOutputDelta, TerminalInteraction, TurnDiffUpdated, TurnPlanUpdated, ServerRequestResolved];

    /// <summary>The server→client requests.</summary>
    public static IReadOnlyList<MessageDescriptor> Requests { get; } = [CommandApproval, FileChangeApproval, DynamicToolCall];
}
