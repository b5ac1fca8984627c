using AppServer.Core.Threads;

namespace AppServer.Agent.Turns;

/// <summary>Lets the turn engine publish through a <see cref="LoadedThread"/> and drive its status.</summary>
public sealed class LoadedThreadTurnHost(LoadedThread thread) : ITurnHost
{
    public string ThreadId => thread.Id;

    public void Publish(string method, object? payload) => thread.Publish(method, payload);

    public void SetStatus(TurnThreadStatus status) => thread.SetStatus(status switch
    {
        TurnThreadStatus.Active => ThreadRuntimeStatus.Active(),
        TurnThreadStatus.SystemError => ThreadRuntimeStatus.SystemError,
        _ => ThreadRuntimeStatus.Idle,
    });

    public void SetActiveTurn(string? turnId) => thread.ActiveTurnId = turnId;
}
