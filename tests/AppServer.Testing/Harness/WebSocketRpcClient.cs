using System.Net.WebSockets;
using System.Text;

namespace AppServer.Testing;

/// <summary>Talks to the server over WebSocket, one JSON message per text frame.</summary>
public sealed class WebSocketRpcClient : RpcClient
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reader;

    private WebSocketRpcClient(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadLoopAsync);
    }

    public WebSocketState State => _socket.State;

    /// <summary>The server's close status, once it closed the connection.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>The server's close reason, once it closed the connection.</summary>
    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    /// <summary>Completes when the connection is closed (by either side) or fails.</summary>
    public Task Completion => _reader;

    public static async Task<WebSocketRpcClient> ConnectAsync(Uri uri, string? bearerToken = null, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (bearerToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {bearerToken}");
        }

        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(uri, cts.Token);
        return new WebSocketRpcClient(socket);
    }

    public override Task SendRawAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public override Task SendBytesAsync(byte[] bytes) => SendAsync(bytes, WebSocketMessageType.Binary);

    /// <summary>Sends <paramref name="bytes"/> verbatim as a text frame (even when they are not valid UTF-8).</summary>
    public Task SendTextBytesAsync(byte[] bytes) => SendAsync(bytes, WebSocketMessageType.Text);

    private async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, type, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    OnMessage(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception)
        {
        }
        finally
        {
            OnClosed();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        catch (Exception)
        {
        }

        await Task.WhenAny(_reader, Task.Delay(2000));
        _socket.Dispose();
    }
}
