using AppServer.Core.Clients;
using AppServer.Host.Connections;
using Microsoft.Extensions.Logging;

namespace AppServer.Host.Dispatch;

/// <summary>What a handler knows about the request it serves.</summary>
public sealed class RequestContext
{
    private List<Action>? _afterResponse;

    internal RequestContext(IClientChannel client, ConnectionSession session)
    {
        Client = client;
        Session = session;
    }

    /// <summary>The connection the request came from (for notifications and server→client requests).</summary>
    public IClientChannel Client { get; }

    /// <summary>What the connection negotiated in <c>initialize</c>.</summary>
    public ConnectionSession Session { get; }

    /// <summary>Fires when the connection closes.</summary>
    public CancellationToken Cancellation => Client.Closed;

    /// <summary>
    /// Runs <paramref name="action"/> right after the response is queued, so notifications that the
    /// reference sends after a response (e.g. <c>thread/started</c>) keep that order.
    /// </summary>
    public void AfterResponse(Action action) => (_afterResponse ??= []).Add(action);

    internal void RunAfterResponse(ILogger logger)
    {
        if (_afterResponse is null)
        {
            return;
        }

        foreach (var action in _afterResponse)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "After-response action failed");
            }
        }
    }
}
