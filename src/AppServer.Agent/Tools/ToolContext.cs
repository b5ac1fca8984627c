using AppServer.Protocol.Items;

namespace AppServer.Agent.Tools;

/// <summary>What a running tool may use: the turn's identity and settings, and ways to emit items.</summary>
public sealed class ToolContext(string threadId, string turnId, ToolTurnSettings settings, Action<string, object?> publish, Func<ThreadItem, long, CancellationToken, ValueTask> completeItem, Action? interrupt = null)
{
    public string ThreadId { get; } = threadId;

    public string TurnId { get; } = turnId;

    public ToolTurnSettings Settings { get; } = settings;

    /// <summary>Publishes a notification to the thread's subscribers.</summary>
    public void Publish(string method, object? payload) => publish(method, payload);

    /// <summary>Interrupts the turn (an approval answered with <c>cancel</c>).</summary>
    public void InterruptTurn() => interrupt?.Invoke();

    /// <summary>Stores <paramref name="item"/> and then sends its <c>item/completed</c>.</summary>
    public ValueTask CompleteItemAsync(ThreadItem item, long startedAtMs, CancellationToken cancellationToken) => completeItem(item, startedAtMs, cancellationToken);
}
