using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.Testing;

/// <summary>
/// A WebSocket client on a raw socket with a tiny receive buffer, so that once it stops reading, the server's
/// writes back up quickly.
/// </summary>
public sealed class SilentWebSocketClient : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    private SilentWebSocketClient(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: false);
    }

    public static async Task<SilentWebSocketClient> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        var client = new SilentWebSocketClient(socket);
        var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        var request = $"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await client._stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var head = new List<byte>();
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            var b = new byte[1];
            if (await client._stream.ReadAsync(b) == 0)
            {
                throw new IOException("closed during handshake");
            }

            head.Add(b[0]);
        }

        if (!Encoding.ASCII.GetString(head.ToArray()).StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException("WebSocket handshake refused");
        }
        return client;
    }

    /// <summary>Sends a request and reads frames until its response; returns its result.</summary>
    public async Task<JsonNode> CallAsync(int id, string method, string @params)
    {
        var payload = Encoding.UTF8.GetBytes($$"""{"id":{{id}},"method":"{{method}}","params":{{@params}}}""");
        var frame = new List<byte> { 0x81 };
        if (payload.Length < 126)
        {
            frame.Add((byte)(0x80 | payload.Length));
        }
        else
        {
            frame.Add(0x80 | 126);
            frame.Add((byte)(payload.Length >> 8));
            frame.Add((byte)payload.Length);
        }

        frame.AddRange([0, 0, 0, 0]); // zero mask: the payload goes as is
        frame.AddRange(payload);
        await _stream.WriteAsync(frame.ToArray());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var text = await ReadTextFrameAsync(timeout.Token);
            var message = JsonNode.Parse(text)!.AsObject();
            if (message["id"] is { } got && got.ToJsonString() == id.ToString() && !message.ContainsKey("method"))
            {
                return message["result"] ?? throw new InvalidOperationException($"{method} failed: {text}");
            }
        }
    }

    private async Task<string> ReadTextFrameAsync(CancellationToken cancellationToken)
    {
        var header = await ReadExactAsync(2, cancellationToken);
        long length = header[1] & 0x7f;
        if (length == 126)
        {
            var ext = await ReadExactAsync(2, cancellationToken);
            length = (ext[0] << 8) | ext[1];
        }
        else if (length == 127)
        {
            var ext = await ReadExactAsync(8, cancellationToken);
            length = 0;
            foreach (var b in ext)
            {
                length = (length << 8) | b;
            }
        }

        return Encoding.UTF8.GetString(await ReadExactAsync((int)length, cancellationToken));
    }

    private async Task<byte[]> ReadExactAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await _stream.ReadAsync(result.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            filled += read;
        }

        return result;
    }

    /// <summary>Reads everything until the connection ends; reports whether it ended and how much came.</summary>
    public async Task<(bool Ended, long Bytes)> DrainAsync(TimeSpan timeout)
    {
        var buffer = new byte[256 * 1024];
        long total = 0;
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var read = await _stream.ReadAsync(buffer, cts.Token);
                if (read == 0)
                {
                    return (true, total);
                }

                total += read;
            }
        }
        catch (IOException)
        {
            return (true, total); // reset by the server
        }
        catch (OperationCanceledException)
        {
            return (false, total);
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        _socket.Dispose();
    }
}
