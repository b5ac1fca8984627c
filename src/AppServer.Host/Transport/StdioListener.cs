using AppServer.Host.Connections;
using Microsoft.Extensions.Hosting;

namespace AppServer.Host.Transport;

/// <summary>Serves the single stdio client: JSON lines on stdin/stdout. EOF on stdin stops the server.</summary>
internal sealed class StdioListener(ConnectionFactory connections, IHostApplicationLifetime lifetime, StdioStreams streams) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var transport = new LineTransport(streams.Input, streams.Output, connections.Limits.MaxMessageBytes);
        try
        {
            await connections.ServeAsync("stdio", transport, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}

/// <summary>The process's real stdin/stdout, captured before anything can write stray text to stdout.</summary>
internal sealed record StdioStreams(Stream Input, Stream Output);
