using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace AppServer.Testing;

/// <summary>
/// A JSON-RPC client as a Codex client would be: sends requests, collects responses, notifications and
/// server→client requests. Transport-specific subclasses only move lines/frames.
/// </summary>
public abstract class RpcClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _serverRequests = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _allNotifications = [];
    private long _nextId = 1000;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Every message received, in order (for asserting ordering).</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>Sends one raw line/frame exactly as given.</summary>
    public abstract Task SendRawAsync(string text);

    /// <summary>Sends raw bytes (stdio only writes them verbatim; WebSocket sends a binary frame).</summary>
    public abstract Task SendBytesAsync(byte[] bytes);

    public abstract Task CloseAsync();

    public abstract ValueTask DisposeAsync();

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    /// <summary>Sends a request and waits for its response (result or error).</summary>
    public async Task<JsonObject> RequestAsync(string method, object? @params = null, JsonNode? id = null, bool omitParams = false, TimeSpan? timeout = null)
    {
        id ??= JsonValue.Create(Interlocked.Increment(ref _nextId));
        var key = id.ToJsonString();
        var waiter = _pending.GetOrAdd(key, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        var message = new JsonObject { ["id"] = id, ["method"] = method };
        if (!omitParams)
        {
            message["params"] = @params is null ? new JsonObject() : ToNode(@params);
        }

        await SendAsync(message);
        try
        {
            return await waiter.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No response to {method} (id {key}) within {(timeout ?? DefaultTimeout).TotalSeconds}s");
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    /// <summary>Sends a request and returns its <c>result</c>, failing the test on an error response.</summary>
    public async Task<JsonNode> CallAsync(string method, object? @params = null, TimeSpan? timeout = null)
    {
        var response = await RequestAsync(method, @params, timeout: timeout);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"]!;
    }

    public Task NotifyAsync(string method, object? @params = null)
    {
        var message = new JsonObject { ["method"] = method };
        if (@params is not null)
        {
            message["params"] = ToNode(@params);
        }

        return SendAsync(message);
    }

    /// <summary>Initializes the connection with the given capabilities.</summary>
    public async Task<JsonNode> InitializeAsync(bool experimentalApi = false, string[]? optOut = null, string clientName = "integration_tests")
    {
        var capabilities = new JsonObject { ["experimentalApi"] = experimentalApi };
        if (optOut is not null)
        {
            capabilities["optOutNotificationMethods"] = new JsonArray(optOut.Select(m => (JsonNode?)m).ToArray());
        }

        var result = await CallAsync("initialize", new JsonObject
        {
            ["clientInfo"] = new JsonObject { ["name"] = clientName, ["title"] = "Integration tests", ["version"] = "1.2.3" },
            ["capabilities"] = capabilities,
        });
        await NotifyAsync("initialized");
        return result;
    }

    /// <summary>Waits for the next notification with the given method (skipping others, which stay recorded).</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, TimeSpan? timeout = null, Func<JsonObject, bool>? where = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            while (true)
            {
                var next = await _notifications.Reader.ReadAsync(cts.Token);
                if ((string?)next["method"] == method && (where is null || where(next)))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {method} notification within {(timeout ?? DefaultTimeout).TotalSeconds}s");
        }
    }

    /// <summary>All notifications received so far.</summary>
    public IReadOnlyList<JsonObject> Notifications
    {
        get
        {
            lock (_allNotifications)
            {
                return _allNotifications.ToList();
            }
        }
    }

    /// <summary>Waits for the next server→client request.</summary>
    public async Task<JsonObject> WaitForServerRequestAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        return await _serverRequests.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Answers a server→client request.</summary>
    public Task RespondAsync(JsonNode id, object result)
        => SendAsync(new JsonObject { ["id"] = id.DeepClone(), ["result"] = ToNode(result) });

    /// <summary>Called by transports for each received message.</summary>
    protected void OnMessage(string text)
    {
        JsonObject message;
        try
        {
            message = JsonNode.Parse(text)!.AsObject();
        }
        catch (Exception ex)
        {
            throw new InvalidDataException($"Server sent a line that is not a JSON object: {text}", ex);
        }

        Received.Enqueue(message);
        if (message.ContainsKey("method") && message.ContainsKey("id"))
        {
            _serverRequests.Writer.TryWrite(message);
        }
        else if (message.ContainsKey("method"))
        {
            lock (_allNotifications)
            {
                _allNotifications.Add(message);
            }

            _notifications.Writer.TryWrite(message);
        }
        else if (message["id"] is { } id)
        {
            _pending.GetOrAdd(id.ToJsonString(), _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously))
                .TrySetResult(message);
        }
    }

    protected void OnClosed()
    {
        foreach (var waiter in _pending.Values)
        {
            waiter.TrySetException(new IOException("connection closed"));
        }

        _notifications.Writer.TryComplete();
        _serverRequests.Writer.TryComplete();
    }

    public static JsonNode ToNode(object value) => value switch
    {
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value)!,
    };
}
