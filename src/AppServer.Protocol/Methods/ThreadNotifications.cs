using AppServer.Protocol.Threads;

namespace AppServer.Protocol.Methods;

/// <summary>Notifications about threads (wire names and payload types).</summary>
public static class ThreadNotifications
{
    /// <summary><c>thread/started</c>.</summary>
    public static readonly MessageDescriptor Started = new("thread/started", typeof(ThreadStartedNotification));

    /// <summary><c>thread/status/changed</c>.</summary>
    public static readonly MessageDescriptor StatusChanged = new("thread/status/changed", typeof(ThreadStatusChangedNotification));

    /// <summary><c>thread/name/updated</c>.</summary>
    public static readonly MessageDescriptor NameUpdated = new("thread/name/updated", typeof(ThreadNameUpdatedNotification));

    /// <summary><c>thread/archived</c>.</summary>
    public static readonly MessageDescriptor Archived = new("thread/archived", typeof(ThreadArchivedNotification));

    /// <summary><c>thread/unarchived</c>.</summary>
    public static readonly MessageDescriptor Unarchived = new("thread/unarchived", typeof(ThreadUnarchivedNotification));

    /// <summary><c>thread/deleted</c>.</summary>
    public static readonly MessageDescriptor Deleted = new("thread/deleted", typeof(ThreadDeletedNotification));

    /// <summary><c>thread/closed</c>.</summary>
    public static readonly MessageDescriptor Closed = new("thread/closed", typeof(ThreadClosedNotification));

    /// <summary>All of them, for the registry.</summary>
    public static IReadOnlyList<MessageDescriptor> All { get; } =
    [
        Started,
        StatusChanged,
        NameUpdated,
        Archived,
        Unarchived,
        Deleted,
        Closed,
    ];
}
