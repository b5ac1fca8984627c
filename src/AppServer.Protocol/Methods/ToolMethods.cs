using AppServer.Protocol.Tools;

namespace AppServer.Protocol.Methods;

/// <summary>The agent tools' notifications and server→client requests (they have no client methods).</summary>
public static class ToolMethods
{
    /// <summary><c>item/commandExecution/outputDelta</c> notification.</summary>
    public static readonly NotificationDescriptor<CommandExecutionOutputDeltaNotification> CommandOutputDelta = new("item/commandExecution/outputDelta");

    /// <summary><c>item/commandExecution/terminalInteraction</c> notification.</summary>
    public static readonly NotificationDescriptor<TerminalInteractionNotification> TerminalInteraction = new("item/commandExecution/terminalInteraction");

    /// <summary><c>turn/diff/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<TurnDiffUpdatedNotification> TurnDiffUpdated = new("turn/diff/updated");

    /// <summary><c>turn/plan/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<TurnPlanUpdatedNotification> TurnPlanUpdated = new("turn/plan/updated");

    /// <summary><c>serverRequest/resolved</c> notification.</summary>
    public static readonly NotificationDescriptor<ServerRequestResolvedNotification> ServerRequestResolved = new("serverRequest/resolved");

    /// <summary><c>item/commandExecution/requestApproval</c> request.</summary>
    public static readonly ServerRequestDescriptor<CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse> CommandApproval =
        new("item/commandExecution/requestApproval");

    /// <summary><c>item/fileChange/requestApproval</c> request.</summary>
    public static readonly ServerRequestDescriptor<FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse> FileChangeApproval =
        new("item/fileChange/requestApproval");

    /// <summary><c>item/tool/call</c> request (experimental dynamic tools).</summary>
    public static readonly ServerRequestDescriptor<DynamicToolCallParams, DynamicToolCallResponse> DynamicToolCall =
        new("item/tool/call", Experimental: true);

    /// <summary>The notifications.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } = [CommandOutputDelta, TerminalInteraction, TurnDiffUpdated, TurnPlanUpdated, ServerRequestResolved];

    /// <summary>The server→client requests.</summary>
    public static IReadOnlyList<MessageDescriptor> Requests { get; } = [CommandApproval, FileChangeApproval, DynamicToolCall];
}
