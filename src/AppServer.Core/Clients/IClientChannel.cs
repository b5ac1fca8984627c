using System.Text.Json;

namespace AppServer.Core.Clients;

/// <summary>
/// The core's view of one connected client: somewhere to publish notifications and to send
/// server→client requests (approvals, tool calls). Transports implement it; the core never sees
/// JSON-RPC framing.
/// </summary>
public interface IClientChannel
{
    /// <summary>Unique id of this connection within the process (for logs and subscriptions).</summary>
    string ConnectionId { get; }

    /// <summary>Whether the client opted into the experimental API.</summary>
    bool ExperimentalApi { get; }

    /// <summary>Signalled when the connection closes; work owned by the connection should stop.</summary>
    CancellationToken Closed { get; }

    /// <summary>
    /// Queues a notification for this client unless it opted out of <paramref name="method"/>.
    /// Never blocks; a client too slow to drain its queue is disconnected.
    /// </summary>
    void Notify(string method, object? payload);

    /// <summary>Sends a server→client request and waits for the client's result.</summary>
    /// <exception cref="ClientRequestFailedException">The client answered with an error.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or the connection closed first.</exception>
    Task<JsonElement> RequestAsync(string method, object? payload, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="RequestAsync(string, object?, CancellationToken)"/>, and tells <paramref name="onSent"/> the
    /// request's id before it is sent (for <c>serverRequest/resolved</c>).
    /// </summary>
    Task<JsonElement> RequestAsync(string method, object? payload, Action<long> onSent, CancellationToken cancellationToken) =>
        RequestAsync(method, payload, cancellationToken);
}

/// <summary>The client answered a server→client request with a JSON-RPC error.</summary>
public sealed class ClientRequestFailedException(int code, string message) : Exception(message)
{
    /// <summary>The error code the client sent.</summary>
    public int Code { get; } = code;
}
