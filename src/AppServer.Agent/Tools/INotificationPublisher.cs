using AppServer.Protocol.Methods;

namespace AppServer.Agent.Tools;

/// <summary>
/// Where a turn's notifications go: every subscriber of its thread, in order. Declared on the tools' side so the
/// tools can publish without knowing the loop; the turn's host implements it.
/// </summary>
public interface INotificationPublisher
{
    /// <summary>Publishes <paramref name="payload"/> (serialized by its runtime type) as <paramref name="notification"/>.</summary>
    void Publish<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload);
}
