using AppServer.Protocol.Threads;

namespace AppServer.Core.Threads;

/// <summary>Converts <see cref="ThreadRuntimeStatus"/> to its wire form.</summary>
public static class ThreadStatusMapping
{
    public static ThreadStatus ToWire(ThreadRuntimeStatus status) => status.Kind switch
    {
        ThreadStatusKind.NotLoaded => new ThreadStatus { Type = ThreadStatusType.NotLoaded },
        ThreadStatusKind.Idle => new ThreadStatus { Type = ThreadStatusType.Idle },
        ThreadStatusKind.SystemError => new ThreadStatus { Type = ThreadStatusType.SystemError },
        _ => new ThreadStatus
        {
            Type = ThreadStatusType.Active,
            ActiveFlags = [.. status.ActiveFlags.Select(f => f == "waitingOnUserInput" ? ThreadActiveFlag.WaitingOnUserInput : ThreadActiveFlag.WaitingOnApproval)],
        },
    };
}
