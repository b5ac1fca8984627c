using AppServer.Protocol.ReadState;

namespace AppServer.Protocol.Methods;

/// <summary>Per-thread read/unread marks (experimental).</summary>
public static class ReadStateMethods
{
    /// <summary><c>thread/readState/update</c>: mark a thread read or unread.</summary>
    public static readonly MethodDescriptor Update =
        MethodDescriptor.Create<ThreadReadStateUpdateParams, ThreadReadStateUpdateResponse>("thread/readState/update", experimental: true);

    /// <summary><c>thread/readState/changed</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadReadStateChangedNotification> Changed = new("thread/readState/changed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Update];
}
