using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using AppServer.Core.Clients;
using AppServer.Host.Dispatch;
using AppServer.Host.Transport;
using AppServer.Protocol.Errors;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Connections;

/// <summary>
/// One client connection over any transport. Three loops: the reader (parses messages, answers
/// overload itself, routes answers to server→client requests), the dispatcher (starts handlers, bounded
/// by <see cref="ConnectionLimits.MaxInFlight"/>) and the writer (the only code that touches the outgoing
/// side of the transport, so messages never interleave).
/// </summary>
internal sealed class ClientConnection : IClientChannel
{
    private readonly IJsonRpcMessageHandler _transport;
    private readonly RequestDispatcher _dispatcher;
    private readonly ConnectionLimits _limits;
    private readonly ILogger _logger;
    private readonly Channel<InboundRequest> _ingress;
    private readonly Channel<JsonRpcMessage> _outgoing;
    private readonly SemaphoreSlim _inFlight;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pendingClientAnswers = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _closed = new();
    private long _nextServerRequestId = -1;

    public ClientConnection(string connectionId, IJsonRpcMessageHandler transport, RequestDispatcher dispatcher,
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
        _outgoing = Channel.CreateBounded<JsonRpcMessage>(new BoundedChannelOptions(limits.OutgoingCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
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
            await writer.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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

    public void Notify(string method, object? payload)
    {
        if (_closed.IsCancellationRequested || Session.OptOutNotificationMethods.Contains(method))
        {
            return;
        }

        var message = new OutboundNotification
        {
            Method = method,
            Arguments = payload,
            EmittedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        if (!_outgoing.Writer.TryWrite(message))
        {
            _logger.LogWarning("Connection {ConnectionId} is not reading its messages; disconnecting it", ConnectionId);
            Abort();
        }
    }

    public Task<JsonElement> RequestAsync(string method, object? payload, CancellationToken cancellationToken) =>
        RequestAsync(method, payload, static _ => { }, cancellationToken);

    public async Task<JsonElement> RequestAsync(string method, object? payload, Action<long> onSent, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextServerRequestId);
        onSent(id);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingClientAnswers[id] = answer;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closed.Token);
        try
        {
            await _outgoing.Writer.WriteAsync(new JsonRpcRequest { RequestId = new RequestId(id), Method = method, Arguments = payload }, linked.Token)
                .ConfigureAwait(false);
            return await answer.Task.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new OperationCanceledException("The connection is closed.");
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

            switch (message)
            {
                case null:
                    return; // end of stream
                case MalformedMessage malformed:
                    _logger.LogError("Failed to deserialize JSON-RPC message: {Reason}", malformed.Reason);
                    break;
                case InboundRequest { IsNotification: true } notification:
                    _logger.LogDebug("Client notification {Method}", notification.Method);
                    break;
                case InboundRequest request:
                    if (!_ingress.Writer.TryWrite(request))
                    {
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
            _inFlight.Release();
        }
    }

    private void Send(JsonRpcMessage message)
    {
        if (!_outgoing.Writer.TryWrite(message))
        {
            _logger.LogWarning("Connection {ConnectionId}: outgoing queue full, dropping {Message}", ConnectionId, message);
        }
    }

    private async ValueTask SendAsync(JsonRpcMessage message)
    {
        try
        {
            await _outgoing.Writer.WriteAsync(message, _closed.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            // The client is gone; nobody to answer.
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var message in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                await _transport.WriteAsync(message, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Connection {ConnectionId}: write failed; closing", ConnectionId);
            Abort();
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
