using AppServer.Core.Exec;
using AppServer.Core.Files;
using AppServer.Core.Home;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Sandbox.Executors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AppServer.Host.Hosting;

/// <summary>The service graph shared by every listener kind.</summary>
internal static class AppServerServices
{
    public static IServiceCollection AddAppServer(this IServiceCollection services, ServerOptions options)
    {
        var home = CodexHome.FromEnvironment();
        home.EnsureExists();
        services.AddSingleton(options);
        services.AddSingleton(home);
        services.AddSingleton(ConnectionLimits.FromEnvironment());
        services.AddSingleton<RequestDispatcher>();
        services.AddSingleton<ConnectionFactory>();

        // Sandbox, command execution and filesystem access. IExecDefaults is the seam config replaces.
        services.TryAddSingleton<IExecDefaults, DefaultExecDefaults>();
        services.AddSingleton<SandboxSelector>();
        services.AddSingleton<CommandExecService>();
        services.AddSingleton<FileSystemService>();
        services.AddSingleton<FileWatchService>();

        // One line per method family.
        services.AddSingleton<IMethodHandlers, InitializeHandlers>();
        services.AddSingleton<IMethodHandlers, CommandExecHandlers>();
        services.AddSingleton<IMethodHandlers, FsHandlers>();
        services.AddSingleton<IMethodHandlers, CollaborationModeHandlers>();
        return services;
    }
}
