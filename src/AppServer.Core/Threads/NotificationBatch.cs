using AppServer.Core.Clients;

namespace AppServer.Core.Threads;

/// <summary>
/// Notifications decided during a request and sent once its response is out (the reference answers
/// first, then notifies). Each entry goes to its audience in order.
/// </summary>
public sealed class NotificationBatch
{
    private readonly List<(IReadOnlyList<IClientChannel> To, string Method, object? Payload)> _entries = [];

    public void Add(IEnumerable<IClientChannel> to, string method, object? payload) => _entries.Add(([.. to.Distinct()], method, payload));

    public void Send()
    {
        foreach (var (to, method, payload) in _entries)
        {
            foreach (var client in to)
            {
                client.Notify(method, payload);
            }
        }
    }
}
