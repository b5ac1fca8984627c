namespace AppServer.Protocol.Methods;

/// <summary>
/// Registry of what the server sends on its own: notifications and server→client requests. The descriptors are
/// declared beside the inbound methods of their family; every one must be listed here (a test checks it), because
/// the schema generator reads these lists.
/// </summary>
public static class ServerMessages
{
    /// <summary><c>warning</c>: a message for the user, optionally about one thread.</summary>
    public static readonly NotificationDescriptor<Notifications.WarningNotification> Warning = new("warning");

    /// <summary><c>deprecationNotice</c>: the client used a deprecated form.</summary>
    public static readonly NotificationDescriptor<Notifications.DeprecationNoticeNotification> DeprecationNotice = new("deprecationNotice");

    /// <summary>Every server notification.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } =
    [
        .. ThreadMethods.Notifications,
        .. GoalMethods.Notifications,
        ConfigMethods.Warning,
        Warning,
        DeprecationNotice,
        CommandExecMethods.OutputDelta,
        FsMethods.Changed,
        .. TurnMethods.Notifications,
        .. AccountMethods.Notifications,
        .. ToolMethods.Notifications,
        SkillsMethods.Changed,
        ReadStateMethods.Changed,
        FuzzyFileSearchMethods.SessionUpdated,
        FuzzyFileSearchMethods.SessionCompleted,
        WindowsSandboxMethods.SetupCompleted,
    ];

    /// <summary>Every server→client request.</summary>
    public static IReadOnlyList<MessageDescriptor> Requests { get; } =
    [
        .. ToolMethods.Requests,
    ];
}
