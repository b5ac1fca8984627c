using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>Moves whole messages for one connection: a stdio line stream or a WebSocket.</summary>
internal interface IMessageTransport
{
    /// <summary>
    /// The next message: a request, an answer, a <see cref="MalformedMessage"/> or an <see cref="OversizedMessage"/>;
    /// <c>null</c> at the end of the stream (or after the transport closed itself over a protocol violation).
    /// </summary>
    ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Writes one message. Cancelling abandons the write and may abort the transport.</summary>
    ValueTask WriteAsync(SerializedMessage message, CancellationToken cancellationToken);

    /// <summary>Pushes out anything buffered (called when the outgoing queue runs empty).</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Ends the connection from the server side; <paramref name="reason"/> is null for a normal close, else why the
    /// server cut the client off (a WebSocket gets it as the close reason).
    /// </summary>
    ValueTask CloseAsync(string? reason);
}
