using System.Text;

namespace AppServer.Testing;

/// <summary>Talks JSON lines over a duplex stream: the client end of an in-process connection.</summary>
public sealed class StreamRpcClient : RpcClient
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reader;

    public StreamRpcClient(Stream stream)
    {
        _stream = stream;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Completes when the server closed the connection.</summary>
    public Task Completion => _reader;

    public override Task SendRawAsync(string text) => SendBytesAsync(Encoding.UTF8.GetBytes(text + "\n"));

    public override async Task SendBytesAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _stream.WriteAsync(bytes);
            await _stream.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Closes the connection from the client's side (the in-memory stream has no half-close).</summary>
    public override async Task CloseAsync() => await _stream.DisposeAsync();

    private async Task ReadLoopAsync()
    {
        try
        {
            using var reader = new StreamReader(_stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
            while (await reader.ReadLineAsync() is { } line)
            {
                OnMessage(line);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
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
            await _stream.DisposeAsync();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }

        await Task.WhenAny(_reader, Task.Delay(2000));
    }
}
