using System.Text;
using System.Text.Json.Nodes;
using AppServer.Core.Home;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Host.Handlers;
using AppServer.Host.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;

namespace AppServer.Tests.Foundation;

/// <summary>
/// A real <see cref="ClientConnection"/> over an in-memory duplex stream, with a line-based client on the
/// other end. Lets tests drive the connection deterministically (blocking handlers, server requests).
/// </summary>
internal sealed class InProcessConnection : IAsyncDisposable
{
    private readonly Stream _clientStream;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _stop = new();

    public InProcessConnection(IEnumerable<IMethodHandlers>? handlers = null, ConnectionLimits? limits = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _clientStream = clientStream;
        _reader = new StreamReader(clientStream, Encoding.UTF8);
        var dispatcher = new RequestDispatcher(handlers ?? [new InitializeHandlers(new CodexHome("/var/tmp/appserver-unit-home"), [])],
            NullLogger<RequestDispatcher>.Instance);
        limits ??= new ConnectionLimits();
        var transport = new LineTransport(serverStream, serverStream, limits.MaxMessageBytes);
        Connection = new ClientConnection("test-1", transport, dispatcher, limits, NullLogger.Instance);
        Running = Connection.RunAsync(_stop.Token);
    }

    public ClientConnection Connection { get; }

    public Task Running { get; }

    public async Task SendAsync(string line) => await SendBytesAsync(Encoding.UTF8.GetBytes(line + "\n"));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _clientStream.WriteAsync(bytes);
        await _clientStream.FlushAsync();
    }

    public async Task<JsonObject> ReadAsync(TimeSpan? timeout = null)
    {
        var line = await _reader.ReadLineAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(10))
            ?? throw new EndOfStreamException();
        return JsonNode.Parse(line)!.AsObject();
    }

    public async Task<JsonObject> InitializeAsync(string capabilities = "{}")
    {
        await SendAsync("""{"id":"init","method":"initialize","params":{"clientInfo":{"name":"unit","version":"1"},"capabilities":""" + capabilities + "}}");
        return await ReadAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _clientStream.Dispose();
        await Running.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
