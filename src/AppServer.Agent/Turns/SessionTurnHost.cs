using AppServer.Core.Threads;
using AppServer.Protocol.Methods;

namespace AppServer.Agent.Turns;

/// <summary>The <see cref="ITurnHost"/> of a conversation that belongs to a <see cref="ThreadSession"/>.</summary>
public sealed class SessionTurnHost(ThreadSession session) : ITurnHost
{
    public string ThreadId => session.Id;

    public void Publish<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload) => session.Publish(notification, payload);

    public void SetStatus(TurnThreadStatus status) => session.SetStatus(status switch
    {
        TurnThreadStatus.Active => ThreadRuntimeStatus.Active(),
        TurnThreadStatus.SystemError => ThreadRuntimeStatus.SystemError,
        _ => ThreadRuntimeStatus.Idle,
    });

    public void SetActiveTurn(string? turnId) => session.ActiveTurnId = turnId;
}
