namespace AppServer.Host.Connections;

/// <summary>
/// Per-connection bounds that keep one client from making the server buffer without limit.
/// Overridable through environment variables (read by <c>EnvironmentOptions</c>) so tests can provoke overload deterministically.
/// </summary>
public sealed record ConnectionLimits
{
    /// <summary>Requests read but not yet started; beyond this the client gets -32001.</summary>
    public int IngressCapacity { get; init; } = 256;

    /// <summary>
    /// Bytes of requests read but not yet answered (queued or running); beyond this the client gets -32001,
    /// except that a single request always fits.
    /// </summary>
    public long IngressBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Requests being handled at once on one connection.</summary>
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Messages waiting to be written; a client that lets this fill up is disconnected.</summary>
    public int OutgoingCapacity { get; init; } = 65_536;

    /// <summary>
    /// Bytes waiting to be written to one client; a client that lets more pile up is disconnected (a single
    /// larger message is still sent when nothing else is waiting).
    /// </summary>
    public long OutgoingBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Largest message a client may send: a longer stdio line is skipped and answered with -32600, a larger
    /// WebSocket message closes the connection with 1009 (the reference's WebSocket frame limit, 16 MiB).
    /// </summary>
    public long MaxMessageBytes { get; init; } = 16L * 1024 * 1024;
}
