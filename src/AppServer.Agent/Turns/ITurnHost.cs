namespace AppServer.Agent.Turns;

/// <summary>What the turn engine needs from a loaded thread: somewhere to publish and a status to set.</summary>
public interface ITurnHost
{
    string ThreadId { get; }

    /// <summary>Publishes a notification to every subscriber of the thread, in order.</summary>
    void Publish(string method, object? payload);

    /// <summary>Sets the thread status; the host emits <c>thread/status/changed</c> when it changes.</summary>
    void SetStatus(TurnThreadStatus status);

    /// <summary>Tells the host which turn runs (null when idle), so it is not unloaded meanwhile.</summary>
    void SetActiveTurn(string? turnId);
}

/// <summary>The thread statuses a turn moves its thread through.</summary>
public enum TurnThreadStatus
{
    Idle,
    Active,
    SystemError,
}
