using System.Diagnostics;
using System.Text;

namespace AppServer.Testing;

/// <summary>Talks to the server's stdin/stdout, one JSON message per line.</summary>
public sealed class StdioRpcClient : RpcClient
{
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reader;

    public StdioRpcClient(Process process)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Lines on stdout that were not JSON objects (must stay empty: stdout is the transport).</summary>
    public List<string> NonProtocolLines { get; } = [];

    public override Task SendRawAsync(string text) => SendBytesAsync(Encoding.UTF8.GetBytes(text + "\n"));

    public override async Task SendBytesAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _stdin.WriteAsync(bytes);
            await _stdin.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override Task CloseAsync()
    {
        _process.StandardInput.Close();
        return Task.CompletedTask;
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                try
                {
                    OnMessage(line);
                }
                catch (InvalidDataException)
                {
                    lock (NonProtocolLines)
                    {
                        NonProtocolLines.Add(line);
                    }
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
            _process.StandardInput.Close();
        }
        catch (Exception)
        {
        }

        await Task.WhenAny(_reader, Task.Delay(2000));
    }
}
