using AppServer.Protocol.Threads;

namespace AppServer.Protocol.Methods;

/// <summary>Thread lifecycle, listing and history methods.</summary>
public static class ThreadMethods
{
    /// <summary><c>thread/start</c>: Starts a new thread.</summary>
    public static readonly MethodDescriptor Start =
        MethodDescriptor.Create<ThreadStartParams, ThreadStartResponse>("thread/start");

    /// <summary><c>thread/resume</c>: Loads a stored thread and subscribes.</summary>
    public static readonly MethodDescriptor Resume =
        MethodDescriptor.Create<ThreadResumeParams, ThreadResumeResponse>("thread/resume");

    /// <summary><c>thread/fork</c>: Copies a thread into a new one.</summary>
    public static readonly MethodDescriptor Fork =
        MethodDescriptor.Create<ThreadForkParams, ThreadForkResponse>("thread/fork");

    /// <summary><c>thread/read</c>: Reads a thread without loading it.</summary>
    public static readonly MethodDescriptor Read =
        MethodDescriptor.Create<ThreadReadParams, ThreadReadResponse>("thread/read");

    /// <summary><c>thread/list</c>: Pages through stored threads.</summary>
    public static readonly MethodDescriptor List =
        MethodDescriptor.Create<ThreadListParams, ThreadListResponse>("thread/list");

    /// <summary><c>thread/loaded/list</c>: Ids of the loaded threads.</summary>
    public static readonly MethodDescriptor LoadedList =
        MethodDescriptor.Create<ThreadLoadedListParams, ThreadLoadedListResponse>("thread/loaded/list");

    /// <summary><c>thread/name/set</c>: Renames a thread.</summary>
    public static readonly MethodDescriptor SetName =
        MethodDescriptor.Create<ThreadSetNameParams, ThreadSetNameResponse>("thread/name/set");

    /// <summary><c>thread/archive</c>: Archives (and unloads) a thread.</summary>
    public static readonly MethodDescriptor Archive =
        MethodDescriptor.Create<ThreadArchiveParams, ThreadArchiveResponse>("thread/archive");

    /// <summary><c>thread/unarchive</c>: Restores an archived thread.</summary>
    public static readonly MethodDescriptor Unarchive =
        MethodDescriptor.Create<ThreadUnarchiveParams, ThreadUnarchiveResponse>("thread/unarchive");

    /// <summary><c>thread/delete</c>: Deletes a thread and its history.</summary>
    public static readonly MethodDescriptor Delete =
        MethodDescriptor.Create<ThreadDeleteParams, ThreadDeleteResponse>("thread/delete");

    /// <summary><c>thread/unsubscribe</c>: Stops this connection's notifications for a thread.</summary>
    public static readonly MethodDescriptor Unsubscribe =
        MethodDescriptor.Create<ThreadUnsubscribeParams, ThreadUnsubscribeResponse>("thread/unsubscribe");

    /// <summary><c>thread/metadata/update</c>: Patches stored metadata (git info).</summary>
    public static readonly MethodDescriptor MetadataUpdate =
        MethodDescriptor.Create<ThreadMetadataUpdateParams, ThreadMetadataUpdateResponse>("thread/metadata/update");

    /// <summary><c>thread/turns/list</c>: Pages through a thread's turns.</summary>
    public static readonly MethodDescriptor TurnsList =
        MethodDescriptor.Create<ThreadTurnsListParams, ThreadTurnsListResponse>("thread/turns/list");

    /// <summary><c>thread/items/list</c>: Pages through a thread's items.</summary>
    public static readonly MethodDescriptor ItemsList =
        MethodDescriptor.Create<ThreadItemsListParams, ThreadItemsListResponse>("thread/items/list");

    /// <summary><c>thread/started</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadStartedNotification> Started = new("thread/started");

    /// <summary><c>thread/status/changed</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadStatusChangedNotification> StatusChanged = new("thread/status/changed");

    /// <summary><c>thread/name/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadNameUpdatedNotification> NameUpdated = new("thread/name/updated");

    /// <summary><c>thread/archived</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadArchivedNotification> Archived = new("thread/archived");

    /// <summary><c>thread/unarchived</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadUnarchivedNotification> Unarchived = new("thread/unarchived");

    /// <summary><c>thread/deleted</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadDeletedNotification> Deleted = new("thread/deleted");

    /// <summary><c>thread/closed</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadClosedNotification> Closed = new("thread/closed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
    [
        Start,
        Resume,
        Fork,
        Read,
        List,
        LoadedList,
        SetName,
        Archive,
        Unarchive,
        Delete,
        Unsubscribe,
        MetadataUpdate,
        TurnsList,
        ItemsList,
    ];

    /// <summary>The notifications of this family.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } =
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
