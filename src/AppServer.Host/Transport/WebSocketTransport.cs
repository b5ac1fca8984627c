using System.Buffers;
using System.Net.WebSockets;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>
/// One JSON-RPC message per WebSocket message (text, or binary holding the same UTF-8 JSON). A message over the
/// size limit closes the connection with 1009 as soon as the limit is crossed, without buffering the rest.
/// Invalid UTF-8 in a text frame is failed with 1007 by the WebSocket itself (RFC 6455 §8.1).
/// </summary>
internal sealed class WebSocketTransport(WebSocket socket, long maxMessageBytes) : IMessageTransport
{
    private const int ReceiveChunk = 16 * 1024;
    private const int SingleFrameBytes = 64 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly WireFormatter _formatter = new();
    private bool _closedOverLimit;

    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_closedOverLimit)
        {
            return null;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(ReceiveChunk);
        ArrayBufferWriter<byte>? message = null; // only for messages that span several reads
        try
        {
            while (true)
            {
                if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
                {
                    return null;
                }

                var result = await socket.ReceiveAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                var received = (message?.WrittenCount ?? 0) + (long)result.Count;
                if (received > maxMessageBytes)
                {
                    _closedOverLimit = true;
                    var id = WireFormatter.PeekId(message is null ? chunk.AsSpan(0, result.Count) : message.WrittenSpan);
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"message too big: the limit is {maxMessageBytes} bytes").ConfigureAwait(false);
                    return new OversizedMessage(id, received, maxMessageBytes) { ConnectionClosed = true };
                }

                if (result.EndOfMessage && message is null)
                {
                    if (result.Count == 0)
                    {
                        continue;
                    }

                    return _formatter.Deserialize(chunk.AsSpan(0, result.Count).ToArray().AsMemory());
                }

                message ??= new ArrayBufferWriter<byte>(2 * ReceiveChunk);
                message.Write(chunk.AsSpan(0, result.Count));
                if (result.EndOfMessage)
                {
                    // The message owns an exact-size copy; the growing buffer is dropped here.
                    var bytes = message.WrittenSpan.ToArray();
                    message = null;
                    return _formatter.Deserialize(bytes.AsMemory());
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    public async ValueTask WriteAsync(SerializedMessage message, CancellationToken cancellationToken)
    {
        if (message.Length <= SingleFrameBytes)
        {
            // One frame for ordinary messages (simple clients read one frame per message); only large ones are
            // sent as continuation frames, chunk by chunk, without a contiguous copy.
            var whole = ArrayPool<byte>.Shared.Rent((int)message.Length);
            try
            {
                var offset = 0;
                foreach (var segment in message.Segments)
                {
                    segment.Span.CopyTo(whole.AsSpan(offset));
                    offset += segment.Length;
                }

                await socket.SendAsync(whole.AsMemory(0, offset), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(whole);
            }

            return;
        }

        var segments = message.Segments.ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            await socket.SendAsync(segments[i], WebSocketMessageType.Text, i == segments.Count - 1, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask CloseAsync(string? reason)
        => reason is null
            ? CloseAsync(WebSocketCloseStatus.NormalClosure, null)
            : CloseAsync(WebSocketCloseStatus.PolicyViolation, reason);

    /// <summary>
    /// Sends a close frame with the reason; a client that does not read cannot receive it, so after a short wait the
    /// connection is aborted instead.
    /// </summary>
    private async ValueTask CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        // The close reason is limited to 123 bytes by the protocol.
        if (reason is { Length: > 120 })
        {
            reason = reason[..120];
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            socket.Abort();
        }
    }
}
