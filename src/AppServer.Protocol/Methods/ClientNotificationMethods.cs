namespace AppServer.Protocol.Methods;

/// <summary>Notifications a client may send.</summary>
public static class ClientNotificationMethods
{
    /// <summary>Sent by the client after the <c>initialize</c> response; optional in practice.</summary>
    public const string Initialized = "initialized";
}
