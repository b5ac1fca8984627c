namespace AppServer.Protocol.Methods;

/// <summary>
/// Registry of what the server sends on its own: notifications and server→client requests. Families add
/// their entries here; the schema generator reads it.
/// </summary>
public static class ServerMessages
{
    /// <summary><c>warning</c>: a message for the user, optionally about one thread.</summary>
    public static readonly MessageDescriptor Warning = new("warning", typeof(Notifications.WarningNotification));

    /// <summary><c>deprecationNotice</c>: the client used a deprecated form.</summary>
    public static readonly MessageDescriptor DeprecationNotice = new("deprecationNotice", typeof(Notifications.DeprecationNoticeNotification));

    /// <summary>Every server notification.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } =
    [
        .. ThreadNotifications.All,
        .. GoalMethods.Notifications,
        new("configWarning", typeof(Config.ConfigWarningNotification)),
        Warning,
        DeprecationNotice,
        new(CommandExecMethods.OutputDelta, typeof(CommandExec.CommandExecOutputDeltaNotification)),
        new(FsMethods.Changed, typeof(Fs.FsChangedNotification)),
        .. TurnNotifications.All,
        .. AccountNotifications.All,
        .. Tools.ToolMessages.Notifications,
        new("skills/changed", typeof(Skills.SkillsChangedNotification)),
        new("thread/readState/changed", typeof(ReadState.ThreadReadStateChangedNotification)),
        new(FuzzyFileSearchMethods.SessionUpdated, typeof(FuzzyFileSearch.FuzzyFileSearchSessionUpdatedNotification)),
        new(FuzzyFileSearchMethods.SessionCompleted, typeof(FuzzyFileSearch.FuzzyFileSearchSessionCompletedNotification)),
        WindowsSandboxMethods.SetupCompleted,
    ];

    /// <summary>Every server→client request.</summary>
    public static IReadOnlyList<MessageDescriptor> Requests { get; } =
    [
        .. Tools.ToolMessages.Requests,
    ];
}
