using AppServer.Protocol.Account;

namespace AppServer.Protocol.Methods;

/// <summary>
/// Account: API-key login stored in <c>$CODEX_HOME/auth.json</c>, plus the ChatGPT-account reads (rate limits,
/// usage, workspace messages, credits, gateway OAuth) that only the OpenAI service can answer.
/// </summary>
public static class AccountMethods
{
    /// <summary><c>account/read</c>.</summary>
    public static readonly MethodDescriptor Read = MethodDescriptor.Create<GetAccountParams, GetAccountResponse>("account/read");

    /// <summary><c>account/login/start</c>.</summary>
    public static readonly MethodDescriptor LoginStart = MethodDescriptor.Create<LoginAccountParams, LoginAccountResponse>("account/login/start");

    /// <summary><c>account/logout</c>.</summary>
    public static readonly MethodDescriptor Logout = MethodDescriptor.CreateWithoutParams<LogoutAccountResponse>("account/logout");

    /// <summary><c>account/login/cancel</c>.</summary>
    public static readonly MethodDescriptor LoginCancel = MethodDescriptor.Create<CancelLoginAccountParams, CancelLoginAccountResponse>("account/login/cancel");

    /// <summary><c>account/rateLimits/read</c>.</summary>
    public static readonly MethodDescriptor RateLimitsRead = MethodDescriptor.CreateOptionalParams<GetAccountRateLimitsParams, GetAccountRateLimitsResponse>("account/rateLimits/read");

    /// <summary><c>account/rateLimitResetCredit/consume</c>.</summary>
    public static readonly MethodDescriptor RateLimitResetCreditConsume = MethodDescriptor.Create<ConsumeAccountRateLimitResetCreditParams, ConsumeAccountRateLimitResetCreditResponse>("account/rateLimitResetCredit/consume");

    /// <summary><c>account/usage/read</c>.</summary>
    public static readonly MethodDescriptor UsageRead = MethodDescriptor.CreateOptionalParams<GetAccountTokenUsageParams, GetAccountTokenUsageResponse>("account/usage/read");

    /// <summary><c>account/workspaceMessages/read</c>.</summary>
    public static readonly MethodDescriptor WorkspaceMessagesRead = MethodDescriptor.CreateWithoutParams<GetWorkspaceMessagesResponse>("account/workspaceMessages/read");

    /// <summary><c>account/securitySetup/read</c>.</summary>
    public static readonly MethodDescriptor SecuritySetupRead = MethodDescriptor.CreateWithoutParams<GetAccountSecuritySetupResponse>("account/securitySetup/read");

    /// <summary><c>account/sendAddCreditsNudgeEmail</c>.</summary>
    public static readonly MethodDescriptor SendAddCreditsNudgeEmail = MethodDescriptor.Create<SendAddCreditsNudgeEmailParams, SendAddCreditsNudgeEmailResponse>("account/sendAddCreditsNudgeEmail");

    /// <summary><c>account/gatewayOAuth/read</c>.</summary>
    public static readonly MethodDescriptor GatewayOAuthRead = MethodDescriptor.CreateOptionalParams<GatewayOAuthReadParams, GatewayOAuthReadResponse>("account/gatewayOAuth/read");

    /// <summary><c>account/gatewayOAuth/login</c>.</summary>
    public static readonly MethodDescriptor GatewayOAuthLogin = MethodDescriptor.CreateOptionalParams<GatewayOAuthLoginParams, GatewayOAuthLoginResponse>("account/gatewayOAuth/login");

    /// <summary><c>account/gatewayOAuth/cancel</c>.</summary>
    public static readonly MethodDescriptor GatewayOAuthCancel = MethodDescriptor.CreateWithoutParams<GatewayOAuthCancelResponse>("account/gatewayOAuth/cancel");

    /// <summary><c>account/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<AccountUpdatedNotification> Updated = new("account/updated");

    /// <summary><c>account/login/completed</c> notification.</summary>
    public static readonly NotificationDescriptor<AccountLoginCompletedNotification> LoginCompleted = new("account/login/completed");

    /// <summary><c>account/rateLimits/updated</c> notification.</summary>
    public static readonly NotificationDescriptor<AccountRateLimitsUpdatedNotification> RateLimitsUpdated = new("account/rateLimits/updated");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
    [
        Read, LoginStart, LoginCancel, Logout, RateLimitsRead, RateLimitResetCreditConsume, UsageRead, WorkspaceMessagesRead,
        SecuritySetupRead, SendAddCreditsNudgeEmail, GatewayOAuthRead, GatewayOAuthLogin, GatewayOAuthCancel,
    ];

    /// <summary>The notifications of this family.</summary>
    public static IReadOnlyList<MessageDescriptor> Notifications { get; } = [Updated, LoginCompleted, RateLimitsUpdated];
}
