using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Models;
using AppServer.Core.Accounts;
using AppServer.Core.Threads;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Account;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>account/read</c>, <c>account/login/start</c> (API key), <c>account/logout</c>. ChatGPT and cloud logins
/// need the OpenAI service and are refused with a clear error; so are the ChatGPT-account reads (rate limits,
/// usage, workspace messages, credits), worded like the reference (<see cref="CloudAccountGate"/>). Reads that
/// have an empty answer (security setup, gateway OAuth state, login cancel) give it.
/// </summary>
internal sealed class AccountHandlers(AuthStore auth, ConfigService config, CloudAccountGate cloud) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<GetAccountParams, GetAccountResponse>(AccountMethods.Read, Read);
        map.Add<LoginAccountParams, LoginAccountResponse>(AccountMethods.LoginStart, LoginStart);
        map.Add<LogoutAccountResponse>(AccountMethods.Logout, Logout);
        map.Add<CancelLoginAccountParams, CancelLoginAccountResponse>(AccountMethods.LoginCancel, LoginCancel);
        map.AddOptional<GetAccountRateLimitsParams, GetAccountRateLimitsResponse>(AccountMethods.RateLimitsRead, RateLimitsRead);
        map.Add<ConsumeAccountRateLimitResetCreditParams, ConsumeAccountRateLimitResetCreditResponse>(AccountMethods.RateLimitResetCreditConsume, RateLimitResetCreditConsume);
        map.AddOptional<GetAccountTokenUsageParams, GetAccountTokenUsageResponse>(AccountMethods.UsageRead, UsageRead);
        map.Add<GetWorkspaceMessagesResponse>(AccountMethods.WorkspaceMessagesRead, WorkspaceMessagesRead);
        map.Add<GetAccountSecuritySetupResponse>(AccountMethods.SecuritySetupRead, SecuritySetupRead);
        map.Add<SendAddCreditsNudgeEmailParams, SendAddCreditsNudgeEmailResponse>(AccountMethods.SendAddCreditsNudgeEmail, SendAddCreditsNudgeEmail);
        map.AddOptional<GatewayOAuthReadParams, GatewayOAuthReadResponse>(AccountMethods.GatewayOAuthRead, GatewayOAuthRead);
        map.AddOptional<GatewayOAuthLoginParams, GatewayOAuthLoginResponse>(AccountMethods.GatewayOAuthLogin, GatewayOAuthLogin);
        map.Add<GatewayOAuthCancelResponse>(AccountMethods.GatewayOAuthCancel, GatewayOAuthCancel);
    }

    private Task<GetAccountResponse> Read(GetAccountParams p, RequestContext ctx) => Task.FromResult(new GetAccountResponse
    {
        Account = auth.ApiKey is null ? null : new AccountInfo { Type = "apiKey" },
        RequiresOpenaiAuth = config.Load().Effective.ModelProvider.RequiresOpenAiAuth,
    });

    private Task<LoginAccountResponse> LoginStart(LoginAccountParams p, RequestContext ctx)
    {
        if (p.Type != "apiKey")
        {
            throw new InvalidRequestException($"`{p.Type}` login needs the OpenAI service; this server supports API-key login only (type \"apiKey\")");
        }

        if (string.IsNullOrWhiteSpace(p.ApiKey))
        {
            throw new InvalidRequestException("Invalid request: missing field `apiKey`");
        }

        auth.SaveApiKey(p.ApiKey);
        ctx.AfterResponse(() =>
        {
            ctx.Client.Notify(AccountMethods.LoginCompleted, new AccountLoginCompletedNotification { Success = true });
            ctx.Client.Notify(AccountMethods.Updated, new AccountUpdatedNotification { AuthMode = "apikey" });
        });
        return Task.FromResult(new LoginAccountResponse { Type = "apiKey" });
    }

    private Task<LogoutAccountResponse> Logout(RequestContext ctx)
    {
        auth.Logout();
        ctx.AfterResponse(() => ctx.Client.Notify(AccountMethods.Updated, new AccountUpdatedNotification()));
        return Task.FromResult(new LogoutAccountResponse());
    }

    private Task<CancelLoginAccountResponse> LoginCancel(CancelLoginAccountParams p, RequestContext ctx)
    {
        if (!CloudAccountGate.IsLoginId(p.LoginId))
        {
            throw new InvalidRequestException($"invalid login id: {p.LoginId}");
        }

        // Only browser and device-code logins get an id, and those never start here.
        return Task.FromResult(new CancelLoginAccountResponse { Status = CancelLoginAccountStatus.NotFound });
    }

    private Task<GetAccountRateLimitsResponse> RateLimitsRead(GetAccountRateLimitsParams? p, RequestContext ctx) =>
        throw new InvalidRequestException(cloud.AuthenticationRequired("to read rate limits"));

    private Task<ConsumeAccountRateLimitResetCreditResponse> RateLimitResetCreditConsume(ConsumeAccountRateLimitResetCreditParams p, RequestContext ctx) =>
        throw new InvalidRequestException(cloud.AuthenticationRequired("for rate limit reset credits"));

    private Task<GetAccountTokenUsageResponse> UsageRead(GetAccountTokenUsageParams? p, RequestContext ctx)
    {
        if (p?.ThreadId is { } threadId)
        {
            ThreadId.Parse(threadId); // a malformed id is reported first, as in the reference
        }

        throw new InvalidRequestException(cloud.AuthenticationRequired("to read token usage"));
    }

    private Task<GetWorkspaceMessagesResponse> WorkspaceMessagesRead(RequestContext ctx) =>
        throw new InvalidRequestException(cloud.AuthenticationRequired("to read workspace messages"));

    private Task<SendAddCreditsNudgeEmailResponse> SendAddCreditsNudgeEmail(SendAddCreditsNudgeEmailParams p, RequestContext ctx) =>
        throw new InvalidRequestException(cloud.AuthenticationRequired("to notify workspace owner"));

    // Security reminders come from the ChatGPT account; without one there is nothing to remind about.
    private Task<GetAccountSecuritySetupResponse> SecuritySetupRead(RequestContext ctx) =>
        Task.FromResult(new GetAccountSecuritySetupResponse { Notice = null });

    private Task<GatewayOAuthReadResponse> GatewayOAuthRead(GatewayOAuthReadParams? p, RequestContext ctx)
    {
        var provider = GatewayProvider(p?.ModelProvider);

        // No configurable provider here signs in through a gateway, so there is never a login state to report.
        return Task.FromResult(new GatewayOAuthReadResponse
        {
            ProviderId = provider.Id,
            ProviderName = provider.Name,
            Required = false,
            SupportsDeviceAuth = false,
            Status = null,
            Error = null,
        });
    }

    private Task<GatewayOAuthLoginResponse> GatewayOAuthLogin(GatewayOAuthLoginParams? p, RequestContext ctx)
    {
        GatewayProvider(p?.ModelProvider);
        throw new InvalidRequestException("The selected provider does not use gateway OAuth");
    }

    // Nothing is ever pending, so cancelling always succeeds with nothing to do.
    private Task<GatewayOAuthCancelResponse> GatewayOAuthCancel(RequestContext ctx) => Task.FromResult(new GatewayOAuthCancelResponse());

    /// <summary>The named provider, or the effective one when <paramref name="id"/> is null.</summary>
    private ModelProviderInfo GatewayProvider(string? id)
    {
        var effective = config.Load().Effective;
        if (id is null)
        {
            return effective.ModelProvider;
        }

        if (effective.ModelProviders.TryGetValue(id, out var provider))
        {
            return provider;
        }

        throw new InvalidRequestException(
            $"This chat uses model provider \u201c{id}\u201d, which is no longer configured. Restore this provider\u2019s configuration to continue.",
            new JsonObject { ["type"] = "modelProviderNotConfigured", ["modelProvider"] = id });
    }
}
