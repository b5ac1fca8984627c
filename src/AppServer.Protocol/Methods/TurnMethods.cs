using AppServer.Protocol.Items;
using AppServer.Protocol.Turns;

namespace AppServer.Protocol.Methods;

/// <summary>Turns: start, steer, interrupt.</summary>
public static class TurnMethods
{
    /// <summary><c>turn/start</c> (steers when a turn is already running).</summary>
    public static readonly MethodDescriptor Start = MethodDescriptor.Create<TurnStartParams, TurnStartResponse>("turn/start");

    /// <summary><c>turn/steer</c>.</summary>
    public static readonly MethodDescriptor Steer = MethodDescriptor.Create<TurnSteerParams, TurnSteerResponse>("turn/steer");

    /// <summary><c>turn/interrupt</c>.</summary>
    public static readonly MethodDescriptor Interrupt = MethodDescriptor.Create<TurnInterruptParams, TurnInterruptResponse>("turn/interrupt");

    /// <summary><c>turn/started</c> notification.</summary>
    public static readonly NotificationDescriptor<TurnStartedNotification> Started = new("turn/started");

    /// <summary><c>turn/completed</c> notification.</summary>
    public static readonly NotificationDescriptor<TurnCompletedNotification> Completed = new("turn/completed");

    /// <summary><c>item/started</c> notification.</summary>
    public static readonly NotificationDescriptor<ItemStartedNotification> ItemStarted = new("item/started");

    /// <summary><c>item/completed</c> notification.</summary>
    public static readonly NotificationDescriptor<ItemCompletedNotification> ItemCompleted = new("item/completed");

    /// <summary><c>item/agentMessage/delta</c> notification.</summary>
    public static readonly NotificationDescriptor<AgentMessageDeltaNotification> AgentMessageDelta = new("item/agentMessage/delta");

    /// <summary><c>item/reasoning/summaryPartAdded</c> notification.</summary>
    public static readonly NotificationDescriptor<ReasoningSummaryPartAddedNotification> ReasoningSummaryPartAdded = new("item/reasoning/summaryPartAdded");

    /// <summary><c>item/reasoning/summaryTextDelta</c> notification.</summary>
    public static readonly NotificationDescriptor<ReasoningSummaryTextDeltaNotification> ReasoningSummaryTextDelta = new("item/reasoning/summaryTextDelta");

    /// <summary><c>item/reasoning/textDelta</c> notification.</summary>
    public static readonly NotificationDescriptor<ReasoningTextDeltaNotification> ReasoningTextDelta = new("item/reasoning/textDelta");

    /// <summary><c>thread/tokenUsage/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadTokenUsageUpdatedNotification> TokenUsageUpdated = new("thread/tokenUsage/updated");

    /// <summary><c>error</c> notification.</summary>
    public static readonly NotificationDescriptor<ErrorNotification> Error = new("error");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Start, Steer, Interrupt];

    /// <summary>The notifications of running turns and their items.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } =
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
