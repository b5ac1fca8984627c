using AppServer.Config;
using AppServer.Core.Accounts;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Account;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>account/read</c>, <c>account/login/start</c> (API key), <c>account/logout</c>. ChatGPT and cloud logins
/// need the OpenAI service and are refused with a clear error.
/// </summary>
internal sealed class AccountHandlers(AuthStore auth, ConfigService config) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<GetAccountParams, GetAccountResponse>(AccountMethods.Read, Read);
        map.Add<LoginAccountParams, LoginAccountResponse>(AccountMethods.LoginStart, LoginStart);
        map.Add<LogoutAccountResponse>(AccountMethods.Logout, Logout);
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
            ctx.Client.Notify(AccountNotifications.LoginCompleted.Name, new AccountLoginCompletedNotification { Success = true });
            ctx.Client.Notify(AccountNotifications.Updated.Name, new AccountUpdatedNotification { AuthMode = "apikey" });
        });
        return Task.FromResult(new LoginAccountResponse { Type = "apiKey" });
    }

    private Task<LogoutAccountResponse> Logout(RequestContext ctx)
    {
        auth.Logout();
        ctx.AfterResponse(() => ctx.Client.Notify(AccountNotifications.Updated.Name, new AccountUpdatedNotification()));
        return Task.FromResult(new LogoutAccountResponse());
    }
}
