using AppServer.Core.Clients;
using AppServer.Protocol.Methods;

namespace AppServer.Core.Threads;

/// <summary>
/// Notifications decided during a request and sent once its response is out (the reference answers
/// first, then notifies). Each entry goes to its audience in order.
/// </summary>
public sealed class NotificationBatch
{
    private readonly List<(IReadOnlyList<IClientChannel> To, Action<IClientChannel> Send)> _entries = [];

    public void Add<TPayload>(IEnumerable<IClientChannel> to, NotificationDescriptor<TPayload> notification, TPayload payload)
        => _entries.Add(([.. to.Distinct()], client => client.Notify(notification, payload)));

    public void Send()
    {
        foreach (var (to, send) in _entries)
        {
            foreach (var client in to)
            {
                send(client);
            }
        }
    }
}
