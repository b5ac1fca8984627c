namespace AppServer.Host.Connections;

/// <summary>
/// Per-connection bounds that keep one client from making the server buffer without limit.
/// Overridable through environment variables so tests can provoke overload deterministically.
/// </summary>
public sealed record ConnectionLimits
{
    /// <summary>Requests read but not yet started; beyond this the client gets -32001.</summary>
    public int IngressCapacity { get; init; } = 256;

    /// <summary>Requests being handled at once on one connection.</summary>
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Messages waiting to be written; a client that lets this fill up is disconnected.</summary>
    public int OutgoingCapacity { get; init; } = 65_536;

    /// <summary>Reads <c>APPSERVER_INGRESS_CAPACITY</c>, <c>APPSERVER_MAX_IN_FLIGHT</c>, <c>APPSERVER_OUTGOING_CAPACITY</c>.</summary>
    public static ConnectionLimits FromEnvironment()
    {
        var defaults = new ConnectionLimits();
        return new ConnectionLimits
        {
            IngressCapacity = Read("APPSERVER_INGRESS_CAPACITY", defaults.IngressCapacity),
            MaxInFlight = Read("APPSERVER_MAX_IN_FLIGHT", defaults.MaxInFlight),
            OutgoingCapacity = Read("APPSERVER_OUTGOING_CAPACITY", defaults.OutgoingCapacity),
        };
    }

    private static int Read(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
