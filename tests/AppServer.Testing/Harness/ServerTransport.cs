namespace AppServer.Testing;

/// <summary>How a <see cref="ServerSession"/> reaches the server.</summary>
public enum ServerTransport
{
    /// <summary>A spawned <c>appserver</c>, JSON lines on its stdin/stdout.</summary>
    Stdio,

    /// <summary>A spawned <c>appserver --listen ws://…</c>, one message per WebSocket text frame.</summary>
    WebSocket,

    /// <summary>The server's services inside the test process over an in-memory connection (fast handler tests).</summary>
    InProcess,
}

/// <summary>The transport names test data uses (<c>[InlineData("stdio")]</c>).</summary>
public static class ServerTransports
{
    public static ServerTransport Parse(string name) => name switch
    {
        "stdio" => ServerTransport.Stdio,
        "ws" => ServerTransport.WebSocket,
        "inproc" => ServerTransport.InProcess,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected stdio, ws or inproc"),
    };
}
