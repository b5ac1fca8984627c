using AppServer.Protocol.Methods;

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
    /// Queues <paramref name="notification"/> for this client unless it opted out of it (by exact name).
    /// Never blocks; a client too slow to drain its queue is disconnected. The payload's runtime type is what
    /// gets serialized.
    /// </summary>
    void Notify<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload);

    /// <summary>
    /// Sends a server→client request and waits for the client's result, deserialized with the protocol's JSON
    /// options. <paramref name="onSent"/> gets the request's id before it is sent (for <c>serverRequest/resolved</c>).
    /// </summary>
    /// <exception cref="ClientRequestFailedException">The client answered with an error.</exception>
    /// <exception cref="ClientAnswerInvalidException">The client's result is not a <typeparamref name="TResult"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or the connection closed first.</exception>
    Task<TResult> RequestAsync<TParams, TResult>(ServerRequestDescriptor<TParams, TResult> request, TParams parameters, Action<long> onSent, CancellationToken cancellationToken);

    /// <summary>Like <see cref="RequestAsync{TParams, TResult}(ServerRequestDescriptor{TParams, TResult}, TParams, Action{long}, CancellationToken)"/>, without the id.</summary>
    Task<TResult> RequestAsync<TParams, TResult>(ServerRequestDescriptor<TParams, TResult> request, TParams parameters, CancellationToken cancellationToken) =>
        RequestAsync(request, parameters, static _ => { }, cancellationToken);
}

/// <summary>The client answered a server→client request with a JSON-RPC error.</summary>
public sealed class ClientRequestFailedException(int code, string message) : Exception(message)
{
    /// <summary>The error code the client sent.</summary>
    public int Code { get; } = code;
}

/// <summary>The client answered a server→client request with a result that does not deserialize to the expected type.</summary>
public sealed class ClientAnswerInvalidException(string method, Exception inner)
    : Exception($"the client's answer to {method} is not valid: {inner.Message}", inner);
