using System.Runtime.InteropServices;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using AppServer.Host.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Hosting;

/// <summary>
/// Runs the stdio (and <c>--listen off</c>) server on a plain service provider rather than the
/// Microsoft.Extensions.Hosting generic host, whose configuration, options and lifetime machinery cost start-up
/// time before the first answer. It keeps the host's behaviour: SIGINT/SIGTERM/SIGQUIT or EOF on stdin stop the
/// server (exit code 0), registered hosted services run in the background and are stopped on the way out.
/// </summary>
internal static class StdioHost
{
    /// <summary>How long stopping waits for the connection and the hosted services, as the generic host's default.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <param name="options">The command line.</param>
    /// <param name="environment">The <c>APPSERVER_*</c> knobs read at start-up.</param>
    /// <param name="stdio">stdin and the (gated) stdout.</param>
    /// <param name="databaseCheck">The database half of the home check, still running.</param>
    /// <param name="cancellationToken">Cancelled by the command line's own signal handling, if any.</param>
    public static async Task<int> RunAsync(
        ServerOptions options,
        EnvironmentOptions environment,
        StdioStreams stdio,
        Task<(string? Problem, Core.Threads.ThreadDatabase? Database)> databaseCheck,
        CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => LoggingSetup.Configure(logging, environment));
        services.AddAppServer(options, environment: environment);
        // Registered after AddAppServer's own, so this one is used: the checked database, once the check is done.
        services.AddSingleton(_ => databaseCheck.GetAwaiter().GetResult().Database
            ?? throw new InvalidOperationException("the database failed its start-up check"));

        await using var provider = services.BuildServiceProvider();
        if (!ServerRunner.RequirementsAreUsable(provider))
        {
            await databaseCheck.ConfigureAwait(false); // not left half-migrated by the exit
            return 1;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = StopOnSignals(stopping);
        var serving = options.Listen.Kind == ListenKind.Stdio
            ? ServeAsync(provider.GetRequiredService<ConnectionFactory>(), stdio, stopping.Token)
            : Task.Delay(Timeout.Infinite, stopping.Token);

        if ((await databaseCheck.ConfigureAwait(false)).Problem is { } databaseProblem)
        {
            Console.Error.WriteLine($"Error: {databaseProblem}");
            await stopping.CancelAsync().ConfigureAwait(false);
            await WaitAsync(serving, stopping.Token).ConfigureAwait(false);
            return 1;
        }

        // Background work (memory trimming) starts once the first request has had the machine to itself.
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(stopping.Token).ConfigureAwait(false);
        }

        var failed = !await WaitAsync(serving, stopping.Token).ConfigureAwait(false);
        using var stopTimeout = new CancellationTokenSource(ShutdownTimeout);
        foreach (var service in Enumerable.Reverse(hosted))
        {
            await service.StopAsync(stopTimeout.Token).ConfigureAwait(false);
        }

        if (failed)
        {
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StdioHost)).LogCritical(serving.Exception, "The stdio connection failed");
            return 1;
        }

        return 0;
    }

    private static async Task ServeAsync(ConnectionFactory connections, StdioStreams stdio, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var transport = new LineTransport(stdio.Input, stdio.Output, connections.Limits.MaxMessageBytes);
        await connections.ServeAsync("stdio", transport, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for <paramref name="serving"/> to end, at most <see cref="ShutdownTimeout"/> once
    /// <paramref name="stopping"/> is cancelled; false when it failed (not when it was cancelled).
    /// </summary>
    private static async Task<bool> WaitAsync(Task serving, CancellationToken stopping)
    {
        await Task.WhenAny(serving, Task.Delay(Timeout.Infinite, stopping)).ConfigureAwait(false);
        if (!serving.IsCompleted)
        {
            await Task.WhenAny(serving, Task.Delay(ShutdownTimeout, CancellationToken.None)).ConfigureAwait(false);
        }

        return !serving.IsFaulted;
    }

    /// <summary>As the generic host's console lifetime: a termination signal stops the server instead of killing it.</summary>
    private static Registrations StopOnSignals(CancellationTokenSource stopping)
    {
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }

        return new Registrations(
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
    }

    private sealed class Registrations(params PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
