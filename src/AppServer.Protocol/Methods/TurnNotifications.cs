using AppServer.Protocol.Items;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Methods;

/// <summary>Notifications of running turns and their items.</summary>
public static class TurnNotifications
{
    /// <summary><c>turn/started</c>.</summary>
    public static readonly MessageDescriptor Started = new("turn/started", typeof(TurnStartedNotification));

    /// <summary><c>turn/completed</c>.</summary>
    public static readonly MessageDescriptor Completed = new("turn/completed", typeof(TurnCompletedNotification));

    /// <summary><c>item/started</c>.</summary>
    public static readonly MessageDescriptor ItemStarted = new("item/started", typeof(ItemStartedNotification));

    /// <summary><c>item/completed</c>.</summary>
    public static readonly MessageDescriptor ItemCompleted = new("item/completed", typeof(ItemCompletedNotification));

    /// <summary><c>item/agentMessage/delta</c>.</summary>
    public static readonly MessageDescriptor AgentMessageDelta = new("item/agentMessage/delta", typeof(AgentMessageDeltaNotification));

    /// <summary><c>item/reasoning/summaryPartAdded</c>.</summary>
    public static readonly MessageDescriptor ReasoningSummaryPartAdded = new("item/reasoning/summaryPartAdded", typeof(ReasoningSummaryPartAddedNotification));

    /// <summary><c>item/reasoning/summaryTextDelta</c>.</summary>
    public static readonly MessageDescriptor ReasoningSummaryTextDelta = new("item/reasoning/summaryTextDelta", typeof(ReasoningSummaryTextDeltaNotification));

    /// <summary><c>item/reasoning/textDelta</c>.</summary>
    public static readonly MessageDescriptor ReasoningTextDelta = new("item/reasoning/textDelta", typeof(ReasoningTextDeltaNotification));

    /// <summary><c>thread/tokenUsage/updated</c>.</summary>
    public static readonly MessageDescriptor TokenUsageUpdated = new("thread/tokenUsage/updated", typeof(ThreadTokenUsageUpdatedNotification));

    /// <summary><c>error</c>.</summary>
    public static readonly MessageDescriptor Error = new("error", typeof(ErrorNotification));

    /// <summary>All of them, for the registry.</summary>
    public static IReadOnlyList<MessageDescriptor> All { get; } =
    [
        Started,
        Completed,
        ItemStarted,
        ItemCompleted,
        AgentMessageDelta,
        ReasoningSummaryPartAdded,
        ReasoningSummaryTextDelta,
        ReasoningTextDelta,
        TokenUsageUpdated,
        Error,
    ];
}
