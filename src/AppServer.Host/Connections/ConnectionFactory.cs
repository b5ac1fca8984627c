using System.Collections.Concurrent;
using AppServer.Host.Dispatch;
using Microsoft.Extensions.Logging;
using AppServer.Host.Transport;

namespace AppServer.Host.Connections;

/// <summary>Creates connections and keeps the set of live ones (for server-wide notifications).</summary>
internal sealed class ConnectionFactory(RequestDispatcher dispatcher, ConnectionLimits limits, ILoggerFactory loggers)
{
    public ConnectionLimits Limits => limits;

    private readonly ConcurrentDictionary<string, ClientConnection> _live = new();
    private long _next;

    public IEnumerable<ClientConnection> Live => _live.Values;

    /// <summary>Serves one client over <paramref name="transport"/> until it disconnects.</summary>
    public async Task ServeAsync(string kind, IMessageTransport transport, CancellationToken stoppingToken)
    {
        var id = $"{kind}-{Interlocked.Increment(ref _next)}";
        var connection = new ClientConnection(id, transport, dispatcher, limits, loggers.CreateLogger<ClientConnection>());
        _live[id] = connection;
        try
        {
            await connection.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            _live.TryRemove(id, out _);
        }
    }
}
