using AppServer.Config;
using AppServer.Core.Home;
using AppServer.Host.Cli;
using AppServer.Host.Connections;
using AppServer.Host.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nerdbank.Streams;

namespace AppServer.Host.Hosting;

/// <summary>
/// The server's services (the same composition as the executable) inside the calling process, for fast handler
/// tests: each <see cref="Connect"/> returns the client end of an in-memory duplex stream carrying JSON lines,
/// served by a real connection exactly as stdio is. Nothing is read from the process environment that a test
/// would otherwise have to set: the home and the system config folder are given.
/// </summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ConnectionFactory _connections;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<(Stream Client, Task Serving)> _served = [];

    private InProcessServer(ServiceProvider services)
    {
        _services = services;
        _connections = services.GetRequiredService<ConnectionFactory>();
    }

    /// <summary>The built services, for tests that look behind the wire (rows in the database, files).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Builds the services for <paramref name="codexHome"/>; the config's system folder is <paramref name="systemConfigDir"/>.</summary>
    /// <param name="codexHome">The home directory (created if missing).</param>
    /// <param name="systemConfigDir">Stands in for <c>/etc/codex</c>.</param>
    /// <param name="workDir">The cwd config loads use when a request names none.</param>
    /// <param name="configOverrides"><c>-c key=value</c> flags.</param>
    public static InProcessServer Start(string codexHome, string systemConfigDir, string workDir, IReadOnlyList<string>? configOverrides = null)
    {
        var options = new ServerOptions { Listen = ListenAddress.Stdio, ConfigOverrides = configOverrides ?? [] };
        var home = new CodexHome(codexHome);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders());
        // The executable reads its knobs from the environment; here they are given (every default, and the
        // system folder), so tests never read /etc and never depend on the test process's environment.
        var environment = new EnvironmentOptions { SystemConfigDir = Path.GetFullPath(systemConfigDir) };
        services.AddAppServer(options, database: null, codexHome: home, environment: environment);
        // Config loads without a cwd use the test's work folder, not the test runner's.
        services.Replace(ServiceDescriptor.Singleton(new ConfigService(
            new ConfigPaths(environment.SystemConfigDir, home.Path), options.ConfigOverrides, options.Profile, workDir)));
        return new InProcessServer(services.BuildServiceProvider());
    }

    /// <summary>Opens a new client connection; the returned stream carries one JSON message per line each way.</summary>
    public Stream Connect()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var transport = new LineTransport(server, server, _connections.Limits.MaxMessageBytes);
        var serving = Task.Run(async () =>
        {
            try
            {
                await _connections.ServeAsync("inproc", transport, _stopping.Token).ConfigureAwait(false);
            }
            finally
            {
                // The client sees end of stream, as a stdio client sees the process exit.
                await server.DisposeAsync().ConfigureAwait(false);
            }
        });
        lock (_served)
        {
            _served.Add((client, serving));
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        List<(Stream Client, Task Serving)> served;
        lock (_served)
        {
            served = [.. _served];
        }

        foreach (var (client, serving) in served)
        {
            await client.DisposeAsync().ConfigureAwait(false);
            try
            {
                await serving.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or IOException)
            {
            }
        }

        await _services.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
