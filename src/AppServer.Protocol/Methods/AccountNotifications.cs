using AppServer.Protocol.Account;

namespace AppServer.Protocol.Methods;

/// <summary>Account notifications.</summary>
public static class AccountNotifications
{
    /// <summary><c>account/updated</c>.</summary>
    public static readonly MessageDescriptor Updated = new("account/updated", typeof(AccountUpdatedNotification));

    /// <summary><c>account/login/completed</c>.</summary>
    public static readonly MessageDescriptor LoginCompleted = new("account/login/completed", typeof(AccountLoginCompletedNotification));

    /// <summary><c>account/rateLimits/updated</c>.</summary>
    public static readonly MessageDescriptor RateLimitsUpdated = new("account/rateLimits/updated", typeof(AccountRateLimitsUpdatedNotification));

    /// <summary>All of them, for the registry.</summary>
    public static IReadOnlyList<MessageDescriptor> All { get; } = [Updated, LoginCompleted, RateLimitsUpdated];
}
