using AppServer.Agent.Turns;
using AppServer.Protocol.Items;
using AppServer.Protocol.Methods;

namespace AppServer.Agent.Tools;

/// <summary>What a running tool may use: the turn's identity and settings, and ways to emit items.</summary>
public sealed class ToolContext(string threadId, string turnId, TurnSettings settings, ITurnHost host, Func<ThreadItem, long, CancellationToken, ValueTask> completeItem, Action? interrupt = null)
{
    public string ThreadId { get; } = threadId;

    public string TurnId { get; } = turnId;

    public TurnSettings Settings { get; } = settings;

    /// <summary>Publishes a notification to the thread's subscribers.</summary>
    public void Publish<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload) => host.Publish(notification, payload);

    /// <summary>Interrupts the turn (an approval answered with <c>cancel</c>).</summary>
    public void InterruptTurn() => interrupt?.Invoke();

    /// <summary>Stores <paramref name="item"/> and then sends its <c>item/completed</c>.</summary>
    public ValueTask CompleteItemAsync(ThreadItem item, long startedAtMs, CancellationToken cancellationToken) => completeItem(item, startedAtMs, cancellationToken);
}
