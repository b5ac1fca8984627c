using System.Runtime.InteropServices;
using AppServer.Core.Home;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Initialize;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>Handles <c>initialize</c>: records the client's capabilities and describes the server.</summary>
internal sealed class InitializeHandlers(CodexHome home, IEnumerable<IAfterInitialize>? afterInitialize = null) : IMethodHandlers
{
    public void Register(HandlerMap map) => map.Add<InitializeParams, InitializeResponse>(InitializeMethods.Initialize, Initialize);

    private Task<InitializeResponse> Initialize(InitializeParams request, RequestContext context)
    {
        if (!context.Session.TryInitialize(request.ClientInfo, request.Capabilities))
        {
            throw new InvalidRequestException("Already initialized");
        }

        foreach (var listener in afterInitialize ?? [])
        {
            context.AfterResponse(() => listener.OnInitialized(context));
        }

        return Task.FromResult(new InitializeResponse
        {
            UserAgent = UserAgent.For(request.ClientInfo),
            CodexHome = home.Path,
            PlatformFamily = OperatingSystem.IsWindows() ? "windows" : "unix",
            PlatformOs = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "macos" : OperatingSystem.IsWindows() ? "windows" : RuntimeInformation.OSDescription,
        });
    }
}
