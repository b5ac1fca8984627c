namespace AppServer.Core.Threads;

/// <summary>A thread's runtime status (the wire <c>ThreadStatus</c>).</summary>
/// <param name="Kind">notLoaded, idle, active or systemError.</param>
/// <param name="ActiveFlags">For active threads: <c>waitingOnApproval</c>, <c>waitingOnUserInput</c>.</param>
public sealed record ThreadRuntimeStatus(ThreadStatusKind Kind, IReadOnlyList<string> ActiveFlags)
{
    public static ThreadRuntimeStatus NotLoaded { get; } = new(ThreadStatusKind.NotLoaded, []);

    public static ThreadRuntimeStatus Idle { get; } = new(ThreadStatusKind.Idle, []);

    public static ThreadRuntimeStatus SystemError { get; } = new(ThreadStatusKind.SystemError, []);

    public static ThreadRuntimeStatus Active(params string[] flags) => new(ThreadStatusKind.Active, flags);

    public bool Equals(ThreadRuntimeStatus? other)
        => other is not null && Kind == other.Kind && ActiveFlags.SequenceEqual(other.ActiveFlags);

    public override int GetHashCode() => HashCode.Combine(Kind, ActiveFlags.Count);
}

/// <summary>Kinds of <see cref="ThreadRuntimeStatus"/>.</summary>
public enum ThreadStatusKind
{
    NotLoaded,
    Idle,
    Active,
    SystemError,
}
