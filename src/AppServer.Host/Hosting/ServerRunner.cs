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

/// <summary>Builds and runs the Microsoft.Extensions.Hosting host for the chosen listener.</summary>
internal static class ServerRunner
{
    public static async Task<int> RunAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        // stdout belongs to the protocol: capture it, then point Console.Out at stderr so that nothing
        // (a library's Console.WriteLine, a stray debug print) can corrupt the transport.
        var stdio = new StdioStreams(Console.OpenStandardInput(), Console.OpenStandardOutput());
        Console.SetOut(Console.Error);
        FirstRequestWarmup.Start();

        if (HomeStartupCheck.Problem(Core.Home.CodexHome.FromEnvironment(), out var database) is { } problem)
        {
            Console.Error.WriteLine($"Error: {problem}");
            return 1;
        }

        if (options.Listen.Kind == ListenKind.WebSocket)
        {
            return await RunWebSocketAsync(options, database, cancellationToken).ConfigureAwait(false);
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        LoggingSetup.Configure(builder.Logging);
        builder.Services.AddAppServer(options, database);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        if (options.Listen.Kind == ListenKind.Stdio)
        {
            builder.Services.AddSingleton(stdio);
            builder.Services.AddHostedService<StdioListener>();
        }

        using var host = builder.Build();
        if (!RequirementsAreUsable(host.Services))
        {
            return 1;
        }

        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// requirements.toml is the administrator's limit on what threads may do: when it cannot be read the
    /// server refuses to start rather than run without those limits (fail closed).
    /// </summary>
    private static bool RequirementsAreUsable(IServiceProvider services)
    {
        if (services.GetRequiredService<Config.ConfigService>().RequirementsProblem is not { } problem)
        {
            return true;
        }

        Console.Error.WriteLine($"Error: failed to parse requirements layer {problem.Path}: {problem.Details}");
        return false;
    }

    private static async Task<int> RunWebSocketAsync(ServerOptions options, Storage.Sqlite.SqliteDatabase? database, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        LoggingSetup.Configure(builder.Logging);
        builder.Services.AddAppServer(options, database);
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
