using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;
using AppServer.Protocol.WindowsSandbox;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>windowsSandbox/readiness</c> and <c>windowsSandbox/setupStart</c>. The Windows sandbox exists only on Windows
/// and this server runs on Linux, so it is never configured and a setup "starts" and then reports failure in
/// <c>windowsSandbox/setupCompleted</c>, with the reference's messages.
/// </summary>
internal sealed class WindowsSandboxHandlers : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<WindowsSandboxReadinessResponse>(WindowsSandboxMethods.Readiness, Readiness);
        map.Add<WindowsSandboxSetupStartParams, WindowsSandboxSetupStartResponse>(WindowsSandboxMethods.SetupStart, SetupStart);
    }

    private Task<WindowsSandboxReadinessResponse> Readiness(RequestContext ctx) =>
        Task.FromResult(new WindowsSandboxReadinessResponse { Status = WindowsSandboxReadiness.NotConfigured });

    private Task<WindowsSandboxSetupStartResponse> SetupStart(WindowsSandboxSetupStartParams p, RequestContext ctx)
    {
        ctx.AfterResponse(() => ctx.Client.Notify(WindowsSandboxMethods.SetupCompleted, new WindowsSandboxSetupCompletedNotification
        {
            Mode = p.Mode,
            Success = false,
            Error = UnsupportedMessage(p.Mode),
        }));
        return Task.FromResult(new WindowsSandboxSetupStartResponse { Started = true });
    }

    /// <summary>Why setup fails off Windows; the reference calls the unelevated sandbox "legacy".</summary>
    internal static string UnsupportedMessage(WindowsSandboxSetupMode mode) =>
        $"{(mode == WindowsSandboxSetupMode.Elevated ? "elevated" : "legacy")} Windows sandbox setup is only supported on Windows";
}
