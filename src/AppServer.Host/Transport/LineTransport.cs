using System.Buffers;
using System.IO.Pipelines;
using StreamJsonRpc.Protocol;

namespace AppServer.Host.Transport;

/// <summary>
/// Newline-delimited JSON over a pair of streams (stdio). A line longer than the size limit is skipped as it
/// arrives, never held whole, and reported as an <see cref="OversizedMessage"/>.
/// </summary>
internal sealed class LineTransport : IMessageTransport
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>How much of an oversized line is kept to find its id.</summary>
    private const int IdPeekBytes = 4096;

    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly WireFormatter _formatter = new();
    private readonly long _maxMessageBytes;

    public LineTransport(Stream input, Stream output, long maxMessageBytes)
    {
        _input = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        _output = PipeWriter.Create(output, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));
        _maxMessageBytes = maxMessageBytes;
    }

    public async ValueTask<JsonRpcMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        long scanned = 0; // bytes of the current line already searched for a newline
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var newline = buffer.Slice(scanned).PositionOf((byte)'\n');
            if (newline is { } end)
            {
                var line = buffer.Slice(0, end);
                var message = line.Length > _maxMessageBytes ? Oversized(line, line.Length) : Parse(line);
                _input.AdvanceTo(buffer.GetPosition(1, end));
                if (message is not null)
                {
                    return message;
                }

                scanned = 0;
                continue;
            }

            if (buffer.Length > _maxMessageBytes)
            {
                // Too long already: keep only the id, drop the rest as it streams in.
                var id = WireFormatter.PeekId(buffer.Slice(0, Math.Min(buffer.Length, IdPeekBytes)).ToArray());
                var seen = buffer.Length;
                _input.AdvanceTo(buffer.End);
                return await SkipRestOfLineAsync(id, seen, cancellationToken).ConfigureAwait(false);
            }

            if (result.IsCompleted)
            {
                // A last line without its newline still counts.
                var last = buffer.IsEmpty ? null : Parse(buffer);
                _input.AdvanceTo(buffer.End);
                return last;
            }

            scanned = buffer.Length;
            _input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private OversizedMessage Oversized(ReadOnlySequence<byte> line, long size)
        => new(WireFormatter.PeekId(line.Slice(0, Math.Min(line.Length, IdPeekBytes)).ToArray()), size, _maxMessageBytes);

    private async ValueTask<JsonRpcMessage?> SkipRestOfLineAsync(StreamJsonRpc.RequestId id, long seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.PositionOf((byte)'\n') is { } end)
            {
                seen += buffer.Slice(0, end).Length;
                _input.AdvanceTo(buffer.GetPosition(1, end));
                return new OversizedMessage(id, seen, _maxMessageBytes);
            }

            seen += buffer.Length;
            _input.AdvanceTo(buffer.End);
            if (result.IsCompleted)
            {
                return new OversizedMessage(id, seen, _maxMessageBytes);
            }
        }
    }

    private JsonRpcMessage? Parse(ReadOnlySequence<byte> line)
    {
        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        if (IsBlank(line))
        {
            return null; // blank lines are not messages
        }

        // The message owns its own copy: the pipe's buffers are reused as soon as we advance.
        return _formatter.Deserialize(line.ToArray().AsMemory());
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.IndexOfAnyExcept(" \t"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask WriteAsync(SerializedMessage message, CancellationToken cancellationToken)
    {
        foreach (var segment in message.Segments)
        {
            _output.Write(segment.Span);
            if (_output.UnflushedBytes >= 64 * 1024)
            {
                await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _output.Write(NewLine);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
        => await _output.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Flushes and stops writing after a normal close; a client cut off for not reading gets nothing more (the
    /// flush could wait forever). stdin is left alone: a read may still be pending on it.
    /// </summary>
    public async ValueTask CloseAsync(string? reason)
    {
        if (reason is null)
        {
            await _output.CompleteAsync().ConfigureAwait(false);
        }
    }
}
