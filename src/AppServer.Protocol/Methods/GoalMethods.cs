using AppServer.Protocol.Goals;

namespace AppServer.Protocol.Methods;

/// <summary>Thread goals: an objective per thread, kept as local metadata.</summary>
public static class GoalMethods
{
    /// <summary><c>thread/goal/set</c>: creates or patches the thread's goal.</summary>
    public static readonly MethodDescriptor Set =
        MethodDescriptor.Create<ThreadGoalSetParams, ThreadGoalSetResponse>("thread/goal/set");

    /// <summary><c>thread/goal/get</c>: the thread's goal, or null.</summary>
    public static readonly MethodDescriptor Get =
        MethodDescriptor.Create<ThreadGoalGetParams, ThreadGoalGetResponse>("thread/goal/get");

    /// <summary><c>thread/goal/clear</c>: removes the thread's goal.</summary>
    public static readonly MethodDescriptor Clear =
        MethodDescriptor.Create<ThreadGoalClearParams, ThreadGoalClearResponse>("thread/goal/clear");

    /// <summary><c>thread/goal/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadGoalUpdatedNotification> Updated = new("thread/goal/updated");

    /// <summary><c>thread/goal/cleared</c> notification.</summary>
    public static readonly NotificationDescriptor<ThreadGoalClearedNotification> Cleared = new("thread/goal/cleared");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Set, Get, Clear];

    /// <summary>The notifications of this family.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } = [Updated, Cleared];
}
