using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Foundation;

/// <summary>
/// Hostile input and slow clients on both transports: invalid UTF-8, oversized lines and frames, a client that never
/// reads, many idle connections. The server stays up and keeps answering everyone else.
/// </summary>
public sealed class TransportLimitTests
{
    /// <summary>Invalid UTF-8 byte sequences, each placed inside the method string.</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xff],
        [0xfe],
        [0x80],                   // lone continuation byte
        [0xc0, 0x80],             // overlong NUL
        [0xe2, 0x82],             // truncated 3-byte sequence
        [0xed, 0xa0, 0x80],       // UTF-16 surrogate encoded in UTF-8
        [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xf8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static byte[] Line(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

    [Fact]
    public async Task Invalid_utf8_on_stdio_is_a_malformed_line_and_the_server_keeps_answering()
    {
        await using var session = await ServerSession.StartAsync("stdio");
        var (server, client) = session;

        foreach (var bad in InvalidUtf8)
        {
            await client.SendBytesAsync(Line("""{"id":"m","method":"model/li""", bad, "st\",\"params\":{}}\n"));
            await client.SendBytesAsync(Line("""{"id":"p","method":"model/list","params":{"cursor":"a""", bad, "\"}}\n"));
            await client.SendBytesAsync(Line("""{"id":"i""", bad, "\",\"method\":\"model/list\",\"params\":{}}\n"));
        }

        // A lone surrogate escape in the method or id is not a string the server can read either.
        await client.SendRawAsync("""{"id":"s","method":"model/list\ud800","params":{}}""");
        await client.SendRawAsync("""{"id":"\udc00","method":"model/list","params":{}}""");

        var response = await client.RequestAsync("model/list", new JsonObject());
        response["result"]!["data"].Should().NotBeNull();
        server.HasExited.Should().BeFalse();
        client.Received.Where(m => m["id"]?.ToJsonString() is "\"m\"" or "\"p\"" or "\"i\"" or "\"s\"")
            .Should().BeEmpty("a malformed line gets no reply, as in the reference");
        server.Stderr.Should().Contain("invalid UTF-8");
    }

    [Fact]
    public async Task Invalid_utf8_on_websocket_fails_only_that_connection_or_message()
    {
        var server = TestServer.StartWebSocketServer();
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var bystander = (WebSocketRpcClient)await server.ConnectWebSocketAsync();
        await bystander.InitializeAsync();

        // In a binary message the bytes are ours to judge: a malformed message, the connection carries on.
        await using (var binary = (WebSocketRpcClient)await server.ConnectWebSocketAsync())
        {
            await binary.InitializeAsync();
            foreach (var bad in InvalidUtf8)
            {
                await binary.SendBytesAsync(Line("""{"id":"m","method":"model/li""", bad, "st\",\"params\":{}}"));
            }

            (await binary.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
            binary.Received.Where(m => m["id"]?.ToJsonString() == "\"m\"").Should().BeEmpty();
        }

        // In a text frame, RFC 6455 requires failing the connection: 1007, and nobody else notices.
        await using (var text = (WebSocketRpcClient)await server.ConnectWebSocketAsync())
        {
            await text.InitializeAsync();
            await text.SendTextBytesAsync(Line("""{"id":"m","method":"model/li""", InvalidUtf8[0], "st\",\"params\":{}}"));
            await text.Completion.WaitAsync(TimeSpan.FromSeconds(20));
            text.CloseStatus.Should().Be(WebSocketCloseStatus.InvalidPayloadData);
        }

        (await bystander.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
        await using var fresh = await server.ConnectWebSocketAsync();
        (await fresh.InitializeAsync())["userAgent"].Should().NotBeNull();
        server.HasExited.Should().BeFalse();
    }

    [Fact]
    public async Task An_oversized_stdio_line_is_refused_with_an_error_and_the_next_line_is_answered()
    {
        var options = new TestServerOptions { Environment = { ["APPSERVER_MAX_MESSAGE_BYTES"] = (1024 * 1024).ToString() } };
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var pad = new string('x', 3 * 1024 * 1024);
        var refused = await client.RequestAsync("model/list", new JsonObject { ["pad"] = pad }, id: "big");
        refused["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        refused["error"]!["message"]!.GetValue<string>().Should().Contain("message too large").And.Contain("1048576");

        // No id up front: nothing to answer, but the line is still skipped whole.
        await client.SendRawAsync("{\"pad\":\"" + pad + "\",\"id\":\"late\",\"method\":\"model/list\",\"params\":{}}");
        // Just under the limit is fine.
        var fits = await client.RequestAsync("model/list", new JsonObject { ["pad"] = new string('y', 1000 * 1024) });
        fits.ContainsKey("error").Should().BeFalse(fits.ToJsonString()[..Math.Min(300, fits.ToJsonString().Length)]);
        (await client.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
        client.Received.Where(m => m["id"]?.ToJsonString() == "\"late\"").Should().BeEmpty();
        server.HasExited.Should().BeFalse();
    }

    [Fact]
    public async Task An_oversized_websocket_message_closes_that_connection_with_1009_and_no_other()
    {
        var options = new TestServerOptions { Environment = { ["APPSERVER_MAX_MESSAGE_BYTES"] = (1024 * 1024).ToString() } };
        var server = TestServer.StartWebSocketServer(options);
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var bystander = await server.ConnectWebSocketAsync();
        await bystander.InitializeAsync();
        await using var big = (WebSocketRpcClient)await server.ConnectWebSocketAsync();
        await big.InitializeAsync();

        var oversized = "{\"id\":\"big\",\"method\":\"model/list\",\"params\":{\"pad\":\"" + new string('x', 3 * 1024 * 1024) + "\"}}";
        try
        {
            await big.SendRawAsync(oversized);
        }
        catch (WebSocketException)
        {
            // The server may close before the whole frame is sent.
        }

        await big.Completion.WaitAsync(TimeSpan.FromSeconds(20));
        big.CloseStatus.Should().Be(WebSocketCloseStatus.MessageTooBig);
        big.CloseStatusDescription.Should().Contain("message too big").And.Contain("1048576");

        (await bystander.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
        await using var fresh = await server.ConnectWebSocketAsync();
        await fresh.InitializeAsync();
        var fits = await fresh.RequestAsync("model/list", new JsonObject { ["pad"] = new string('y', 1000 * 1024) });
        fits.ContainsKey("error").Should().BeFalse();
    }

    [Fact]
    public async Task A_websocket_client_that_never_reads_is_cut_off_while_another_keeps_working()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions { Environment = { ["APPSERVER_OUTGOING_BYTES"] = (1024 * 1024).ToString() } };
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), fake.ConfigToml() + "\n[features]\nplugins = false\napps = false\n");
        var server = TestServer.StartWebSocketServer(options);
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var other = await server.ConnectWebSocketAsync();
        await other.InitializeAsync();

        // The silent client starts a streaming turn on its thread, then never reads again (tiny socket buffer).
        // About 8 MB of deltas and the 8 MB item: far more than kernel buffers plus the 1 MiB bound.
        var text = new string('z', 8 * 1024 * 1024);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message(text, 2048)));
        using var silent = await SilentWebSocketClient.ConnectAsync(server.Port!.Value);
        await silent.CallAsync(1, "initialize", """{"clientInfo":{"name":"silent","version":"1"}}""");
        var threadId = (string)(await silent.CallAsync(2, "thread/start", $$"""{"cwd":{{JsonValue.Create(server.WorkDir).ToJsonString()}}}"""))["thread"]!["id"]!;
        await silent.CallAsync(3, "turn/start", $$"""{"threadId":"{{threadId}}","input":[{"type":"text","text":"stream"}]}""");

        // The other client is answered throughout, and the turn runs to completion undisturbed.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        string? status = null;
        while (DateTime.UtcNow < deadline && status is not ("completed" or "failed" or "interrupted"))
        {
            (await other.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
            var read = await other.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true });
            status = (string?)read["thread"]!["turns"]!.AsArray().LastOrDefault()?["status"];
            await Task.Delay(200);
        }

        status.Should().Be("completed", "a client cut off must not disturb the turn it started");

        // The silent client was disconnected rather than buffered: draining it now ends in a close or a reset,
        // well before everything that was streamed.
        var drained = await silent.DrainAsync(TimeSpan.FromSeconds(60));
        drained.Ended.Should().BeTrue("the server must have cut the silent client off");
        drained.Bytes.Should().BeLessThan(text.Length, "it did not receive the whole stream");
        server.Stderr.Should().Contain("not reading its messages");
        (await other.RequestAsync("model/list", new JsonObject()))["result"].Should().NotBeNull();
    }

    [Fact]
    public async Task Five_hundred_idle_websocket_connections_do_not_slow_down_a_monitoring_client()
    {
        var server = TestServer.StartWebSocketServer();
        await using var _ = server;
        await server.WaitForReadyAsync();
        var idle = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 500; i++)
            {
                var socket = new ClientWebSocket();
                await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/"), CancellationToken.None);
                idle.Add(socket);
            }

            await using var monitor = await server.ConnectWebSocketAsync();
            await monitor.InitializeAsync();
            var slowest = TimeSpan.Zero;
            for (var i = 0; i < 20; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var response = await monitor.RequestAsync("model/list", new JsonObject(), timeout: TimeSpan.FromSeconds(10));
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                response.ContainsKey("error").Should().BeFalse(response.ToJsonString());
            }

            // Generous: the point is "answered promptly", not a benchmark.
            slowest.Should().BeLessThan(TimeSpan.FromSeconds(3));
            idle.Should().AllSatisfy(s => s.State.Should().Be(WebSocketState.Open));
        }
        finally
        {
            foreach (var socket in idle)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }
}
