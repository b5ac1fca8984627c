using AppServer.Host.Cli;
using AppServer.Host.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>Checks the home, then runs the server for the chosen listener: <see cref="StdioHost"/> for stdio, Kestrel for WebSocket.</summary>
internal static class ServerRunner
{
    public static async Task<int> RunAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        // stdout belongs to the protocol: capture it, then point Console.Out at stderr so that nothing
        // (a library's Console.WriteLine, a stray debug print) can corrupt the transport.
        var stdout = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        FirstRequestWarmup.Start();

        // The APPSERVER_* knobs are read here, once; the services get them as options.
        var environment = EnvironmentOptions.FromProcess();
        var home = Core.Home.CodexHome.FromEnvironment();
        if (options.Listen.Kind == ListenKind.WebSocket)
        {
            if (HomeStartupCheck.Problem(home, out var database) is { } problem)
            {
                Console.Error.WriteLine($"Error: {problem}");
                return 1;
            }

            return await RunWebSocketAsync(options, environment, database, cancellationToken).ConfigureAwait(false);
        }

        if (HomeStartupCheck.DirectoryProblem(home) is { } directoryProblem)
        {
            Console.Error.WriteLine($"Error: {directoryProblem}");
            return 1;
        }

        // Opening (or creating and migrating) the database is the slow half of the home check: it runs beside
        // the host's construction and the first request, and stdout stays shut until it has passed.
        var databaseCheck = HomeStartupCheck.DatabaseProblemAsync(home);
        var stdio = new StdioStreams(
            Console.OpenStandardInput(),
            new StartupGatedStream(stdout, databaseCheck.ContinueWith(t => t.Result.Problem is null, TaskScheduler.Default)));

        return await StdioHost.RunAsync(options, environment, stdio, databaseCheck, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// requirements.toml is the administrator's limit on what threads may do: when it cannot be read the
    /// server refuses to start rather than run without those limits (fail closed).
    /// </summary>
    internal static bool RequirementsAreUsable(IServiceProvider services)
    {
        if (services.GetRequiredService<Config.ConfigService>().RequirementsProblem is not { } problem)
        {
            return true;
        }

        Console.Error.WriteLine($"Error: failed to parse requirements layer {problem.Path}: {problem.Details}");
        return false;
    }

    private static async Task<int> RunWebSocketAsync(ServerOptions options, EnvironmentOptions environment, Core.Threads.ThreadDatabase? database, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        LoggingSetup.Configure(builder.Logging, environment);
        builder.Services.AddAppServer(options, database, environment: environment);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(options.Listen.Endpoint!);
            kestrel.AddServerHeader = false;
        });

        await using var app = builder.Build();
        if (!RequirementsAreUsable(app.Services))
        {
            return 1;
        }

        WebSocketListener.MapEndpoints(app, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        app.Logger.LogInformation("Listening on {Addresses}", string.Join(", ", (addresses ?? []).Select(a => a.Replace("http://", "ws://", StringComparison.Ordinal))));
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
