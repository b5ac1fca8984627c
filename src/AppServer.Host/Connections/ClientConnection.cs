using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using AppServer.Core.Clients;
using AppServer.Host.Dispatch;
using AppServer.Host.Transport;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Connections;

/// <summary>
/// One client connection over any transport. Three loops: the reader (parses messages, answers
/// overload itself, routes answers to server→client requests), the dispatcher (starts handlers, bounded
/// by <see cref="ConnectionLimits.MaxInFlight"/>) and the writer (the only code that touches the outgoing
/// side of the transport, so messages never interleave). Outgoing messages are serialized when queued, so the
/// queue is bounded in bytes: a client that lets it grow past <see cref="ConnectionLimits.OutgoingBytes"/> is cut off.
/// </summary>
internal sealed class ClientConnection : IClientChannel
{
    private readonly IMessageTransport _transport;
    private readonly RequestDispatcher _dispatcher;
    private readonly ConnectionLimits _limits;
    private readonly ILogger _logger;
    private readonly Channel<InboundRequest> _ingress;
    private readonly Channel<SerializedMessage> _outgoing;
    private readonly SemaphoreSlim _inFlight;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pendingClientAnswers = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _closed = new();
    private readonly CancellationTokenSource _cutOff = new();
    private long _nextServerRequestId = -1;
    private long _queuedBytes;
    private int _queuedCount;
    private long _pendingRequestBytes;
    private string? _cutOffReason;

    public ClientConnection(string connectionId, IMessageTransport transport, RequestDispatcher dispatcher,
        ConnectionLimits limits, ILogger logger)
    {
        ConnectionId = connectionId;
        _transport = transport;
        _dispatcher = dispatcher;
        _limits = limits;
        _logger = logger;
        _ingress = Channel.CreateBounded<InboundRequest>(new BoundedChannelOptions(limits.IngressCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        // Bounded by Enqueue (bytes and count), not by the channel: a full queue cuts the client off rather than
        // making the server wait for it.
        _outgoing = Channel.CreateUnbounded<SerializedMessage>(new UnboundedChannelOptions { SingleReader = true });
        _inFlight = new SemaphoreSlim(limits.MaxInFlight, limits.MaxInFlight);
    }

    public string ConnectionId { get; }

    public ConnectionSession Session { get; } = new();

    public bool ExperimentalApi => Session.ExperimentalApi;

    public CancellationToken Closed => _closed.Token;

    /// <summary>Runs the connection until the client goes away or <paramref name="stoppingToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var stopRegistration = stoppingToken.Register(Abort);
        var writer = Task.Run(WriteLoopAsync);
        var dispatcher = Task.Run(DispatchLoopAsync);
        try
        {
            await ReadLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            _ingress.Writer.TryComplete();
            await dispatcher.ConfigureAwait(false);
            // Let requests that were already started finish and answer before owned work is cancelled.
            await WaitForRunningAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            _closed.Cancel();
            FailPendingClientAnswers();
            await WaitForRunningAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            _outgoing.Writer.TryComplete();
            if (!await writer.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default).ConfigureAwait(false))
            {
                CutOff("the client stopped reading its messages");
            }

            try
            {
                // A client that does not read may never let the close through; do not wait for it for long.
                await _transport.CloseAsync(_cutOffReason).AsTask().WaitAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _logger.LogDebug(ex, "Connection {ConnectionId}: close failed", ConnectionId);
            }

            DropQueued();
            _logger.LogDebug("Connection {ConnectionId} closed", ConnectionId);
        }
    }

    /// <summary>Closes the connection from the server side.</summary>
    public void Abort()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Notify<TPayload>(NotificationDescriptor<TPayload> notification, TPayload payload) => Notify(notification.Name, payload);

    /// <summary>Queues a notification by name; the payload is serialized by its runtime type.</summary>
    private void Notify(string method, object? payload)
    {
        // Opt-outs are by exact wire name.
        if (_closed.IsCancellationRequested || Session.OptOutNotificationMethods.Contains(method))
        {
            return;
        }

        Enqueue(new OutboundNotification
        {
            Method = method,
            Arguments = payload,
            EmittedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        });
    }

    /// <summary>
    /// Serializes <paramref name="message"/> and queues it for the writer. Over the byte or message bound (with
    /// something already waiting, so one large message always fits) the client is cut off instead.
    /// </summary>
    private bool Enqueue(JsonRpcMessage message)
    {
        if (_cutOffReason is not null)
        {
            return false;
        }

        var serialized = WireFormatter.Serialize(message);
        var bytes = Interlocked.Add(ref _queuedBytes, serialized.Length);
        var count = Interlocked.Increment(ref _queuedCount);
        if (count > 1 && (bytes > _limits.OutgoingBytes || count > _limits.OutgoingCapacity))
        {
            Dequeued(serialized);
            CutOff($"the client is not reading its messages: more than {_limits.OutgoingBytes} bytes or {_limits.OutgoingCapacity} messages queued");
            return false;
        }

        if (!_outgoing.Writer.TryWrite(serialized))
        {
            Dequeued(serialized);
            return false;
        }

        return true;
    }

    private void Dequeued(SerializedMessage message)
    {
        Interlocked.Add(ref _queuedBytes, -message.Length);
        Interlocked.Decrement(ref _queuedCount);
        message.Dispose();
    }

    /// <summary>Closes the connection because of the client's behaviour; <paramref name="reason"/> is its close reason.</summary>
    private void CutOff(string reason)
    {
        if (Interlocked.CompareExchange(ref _cutOffReason, reason, null) is not null)
        {
            return;
        }

        _logger.LogWarning("Connection {ConnectionId}: disconnecting, {Reason}", ConnectionId, reason);
        // Not inline: we may be inside the core's fan-out of a notification, and cancelling runs the callbacks
        // registered on Closed (unsubscribing from threads) synchronously, under that enumeration.
        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                _cutOff.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }

            Abort();
        });
    }

    private void DropQueued()
    {
        while (_outgoing.Reader.TryRead(out var message))
        {
            Dequeued(message);
        }
    }

    public Task<TResult> RequestAsync<TParams, TResult>(ServerRequestDescriptor<TParams, TResult> request, TParams parameters, CancellationToken cancellationToken) =>
        RequestAsync(request, parameters, static _ => { }, cancellationToken);

    public async Task<TResult> RequestAsync<TParams, TResult>(ServerRequestDescriptor<TParams, TResult> request, TParams parameters, Action<long> onSent, CancellationToken cancellationToken)
    {
        var answer = await RequestAsync(request.Name, parameters, onSent, cancellationToken).ConfigureAwait(false);
        TResult? result;
        try
        {
            result = answer.Deserialize<TResult>(ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ClientAnswerInvalidException(request.Name, ex);
        }

        // A null result is no answer of the expected type either.
        return result ?? throw new ClientAnswerInvalidException(request.Name, new JsonException("the result is null"));
    }

    /// <summary>Sends a request by name (the payload is serialized by its runtime type) and waits for the raw result.</summary>
    private async Task<JsonElement> RequestAsync(string method, object? payload, Action<long> onSent, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextServerRequestId);
        onSent(id);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingClientAnswers[id] = answer;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closed.Token);
        try
        {
            if (_closed.IsCancellationRequested || !Enqueue(new JsonRpcRequest { RequestId = new RequestId(id), Method = method, Arguments = payload }))
            {
                throw new OperationCanceledException("The connection is closed.");
            }

            return await answer.Task.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        finally
        {
            _pendingClientAnswers.TryRemove(id, out _);
        }
    }

    private async Task ReadLoopAsync()
    {
        while (!_closed.IsCancellationRequested)
        {
            JsonRpcMessage? message;
            try
            {
                // WaitAsync: console streams ignore cancellation, so a blocked stdin read is abandoned instead.
                message = await _transport.ReadAsync(_closed.Token).AsTask().WaitAsync(_closed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or System.Net.WebSockets.WebSocketException)
            {
                _logger.LogDebug(ex, "Connection {ConnectionId}: transport closed", ConnectionId);
                return;
            }
            catch (Exception ex)
            {
                // No input may take the server down: end this connection, keep the process.
                _logger.LogError(ex, "Connection {ConnectionId}: unreadable input; closing the connection", ConnectionId);
                return;
            }

            switch (message)
            {
                case null:
                    return; // end of stream
                case MalformedMessage malformed:
                    _logger.LogError("Failed to deserialize JSON-RPC message: {Reason}", malformed.Reason);
                    break;
                case OversizedMessage oversized:
                    _logger.LogWarning("Connection {ConnectionId}: refused a message of {Size} bytes (limit {Limit})", ConnectionId, oversized.Size, oversized.Limit);
                    // Answered only when its id was found up front: an error with a null id is not something
                    // Codex clients expect (the reference never sends one).
                    if (!oversized.ConnectionClosed && !oversized.RequestId.IsEmpty)
                    {
                        Send(RequestDispatcher.Error(oversized.RequestId, ErrorCodes.InvalidRequest,
                            $"Invalid request: message too large ({oversized.Size} bytes; the limit is {oversized.Limit} bytes)"));
                    }

                    break;
                case InboundRequest { IsNotification: true } notification:
                    _logger.LogDebug("Client notification {Method}", notification.Method);
                    break;
                case InboundRequest request:
                    // Bounded in count and in bytes: a few huge requests are as much load as many small ones.
                    var pending = Interlocked.Add(ref _pendingRequestBytes, request.Size);
                    if ((pending > request.Size && pending > _limits.IngressBytes) || !_ingress.Writer.TryWrite(request))
                    {
                        Interlocked.Add(ref _pendingRequestBytes, -request.Size);
                        Send(RequestDispatcher.Error(request.RequestId, ErrorCodes.Overloaded, "Server overloaded; retry later."));
                    }

                    break;
                case InboundResult result:
                    CompleteClientAnswer(result.RequestId, answer => answer.TrySetResult(result.RawResult));
                    break;
                case JsonRpcError error:
                    CompleteClientAnswer(error.RequestId, answer => answer.TrySetException(
                        new ClientRequestFailedException((int)(error.Error?.Code ?? 0), error.Error?.Message ?? "")));
                    break;
            }
        }
    }

    private void CompleteClientAnswer(RequestId id, Action<TaskCompletionSource<JsonElement>> complete)
    {
        if (id.Number is { } n && _pendingClientAnswers.TryRemove(n, out var answer))
        {
            complete(answer);
        }
        else
        {
            _logger.LogWarning("Connection {ConnectionId}: answer for unknown server request {Id}", ConnectionId, id);
        }
    }

    private async Task DispatchLoopAsync()
    {
        await foreach (var request in _ingress.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await _inFlight.WaitAsync().ConfigureAwait(false);
            // Started inline so each handler's synchronous prefix runs in arrival order.
            var task = HandleAsync(request);
            _running.TryAdd(task, 0);
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task HandleAsync(InboundRequest request)
    {
        try
        {
            var outcome = await _dispatcher.DispatchAsync(this, request).ConfigureAwait(false);
            if (outcome is null)
            {
                return;
            }

            await SendAsync(outcome.Response).ConfigureAwait(false);
            outcome.RunAfterResponse(_logger);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Connection {ConnectionId}: failed to answer {Method}", ConnectionId, request.Method);
        }
        finally
        {
            Interlocked.Add(ref _pendingRequestBytes, -request.Size);
            _inFlight.Release();
        }
    }

    private void Send(JsonRpcMessage message) => Enqueue(message);

    private ValueTask SendAsync(JsonRpcMessage message)
    {
        Enqueue(message);
        return ValueTask.CompletedTask;
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(_cutOff.Token).ConfigureAwait(false))
            {
                while (_outgoing.Reader.TryRead(out var message))
                {
                    try
                    {
                        await _transport.WriteAsync(message, _cutOff.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        Dequeued(message);
                    }
                }

                // Only when the queue runs dry: a burst goes out in few large writes.
                await _transport.FlushAsync(_cutOff.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_cutOff.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Connection {ConnectionId}: write failed; closing", ConnectionId);
            Abort();
        }
        finally
        {
            DropQueued();
        }
    }

    private async Task WaitForRunningAsync(TimeSpan timeout)
    {
        var running = _running.Keys.ToArray();
        if (running.Length > 0)
        {
            await Task.WhenAll(running).WaitAsync(timeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void FailPendingClientAnswers()
    {
        foreach (var (id, answer) in _pendingClientAnswers)
        {
            if (_pendingClientAnswers.TryRemove(id, out _))
            {
                answer.TrySetCanceled();
            }
        }
    }
}
