using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Core.Clients;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Initialize;
using AppServer.Protocol.Methods;

namespace AppServer.Tests.Foundation;

public sealed class ConnectionTests
{
    /// <summary><c>item/tool/call</c> with untyped params and the raw answer, to look at the wire itself.</summary>
    private static readonly ServerRequestDescriptor<object, JsonElement> ToolCall = new("item/tool/call");

    /// <summary>A notification of any name whose payload is serialized by its runtime type.</summary>
    private static NotificationDescriptor<object> Raw(string name) => new(name);

    [Fact]
    public async Task Server_to_client_request_round_trips_with_integer_ids_from_zero()
    {
        await using var harness = new InProcessConnection();
        await harness.InitializeAsync();

        var pending = harness.Connection.RequestAsync(ToolCall, new { tool = "lookup", arguments = new { q = 1 } }, CancellationToken.None);
        var request = await harness.ReadAsync();
        request["id"]!.GetValue<long>().Should().Be(0);
        request["method"]!.GetValue<string>().Should().Be("item/tool/call");
        request["params"]!["tool"]!.GetValue<string>().Should().Be("lookup");
        request.ContainsKey("jsonrpc").Should().BeFalse();

        await harness.SendAsync("""{"id":0,"result":{"contentItems":[],"success":true}}""");
        var answer = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        answer.GetProperty("success").GetBoolean().Should().BeTrue();

        var second = harness.Connection.RequestAsync(ToolCall, new { }, CancellationToken.None);
        (await harness.ReadAsync())["id"]!.GetValue<long>().Should().Be(1);
        await harness.SendAsync("""{"id":1,"error":{"code":-32000,"message":"client refused"}}""");
        var failure = await second.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<ClientRequestFailedException>();
        failure.Which.Code.Should().Be(-32000);
        failure.Which.Message.Should().Be("client refused");
    }

    [Fact]
    public async Task Pending_server_request_is_cancelled_when_the_connection_closes()
    {
        var harness = new InProcessConnection();
        await harness.InitializeAsync();
        var pending = harness.Connection.RequestAsync(ToolCall, new { }, CancellationToken.None);
        await harness.ReadAsync();

        await harness.DisposeAsync();

        await pending.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Notifications_carry_emittedAtMs_and_honour_exact_opt_outs()
    {
        await using var harness = new InProcessConnection();
        await harness.InitializeAsync("""{"optOutNotificationMethods":["thread/started"]}""");

        harness.Connection.Notify(Raw("thread/started"), new { thread = new { id = "x" } });
        harness.Connection.Notify(Raw("thread/started/extra"), new { n = 1 });
        harness.Connection.Notify(Raw("turn/started"), new { n = 2 });

        var first = await harness.ReadAsync();
        first["method"]!.GetValue<string>().Should().Be("thread/started/extra", "opt-out matches exact names only");
        first["emittedAtMs"]!.GetValue<long>().Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 60_000);
        first.ContainsKey("id").Should().BeFalse();
        var second = await harness.ReadAsync();
        second["method"]!.GetValue<string>().Should().Be("turn/started");
        second["params"]!["n"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Full_ingress_queue_answers_overloaded_and_keeps_serving()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = new BlockingInitialize(release.Task);
        await using var harness = new InProcessConnection([handlers], new ConnectionLimits { IngressCapacity = 1, MaxInFlight = 1, OutgoingCapacity = 100 });

        for (var i = 0; i < 6; i++)
        {
            await harness.SendAsync("{\"id\":" + i + ""","method":"initialize","params":{"clientInfo":{"name":"c","version":"1"}}}""");
        }

        // At most three requests can be held (one running, one taken by the dispatcher, one queued), so at
        // least three of the six are refused before anything is released.
        var responses = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await harness.ReadAsync());
        }

        responses.Should().AllSatisfy(m =>
        {
            m["error"]!["code"]!.GetValue<int>().Should().Be(-32001);
            m["error"]!["message"]!.GetValue<string>().Should().Be("Server overloaded; retry later.");
        });

        release.SetResult();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await harness.ReadAsync());
        }

        responses.Select(m => (long)m["id"]!).Should().BeEquivalentTo([0L, 1, 2, 3, 4, 5], "every request gets exactly one answer");
        responses.Where(m => m.ContainsKey("result")).Should().HaveCount(1, "exactly one initialize succeeds");
        responses.Where(m => m["error"]?["code"]?.GetValue<int>() == -32001).Count().Should().BeInRange(3, 5);

        // The connection keeps serving after the overload.
        await harness.SendAsync("""{"id":"after","method":"initialize","params":{"clientInfo":{"name":"c","version":"1"}}}""");
        (await harness.ReadAsync())["error"]!["message"]!.GetValue<string>().Should().Be("Already initialized");
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_instead_of_buffered_without_bound()
    {
        await using var harness = new InProcessConnection(limits: new ConnectionLimits { OutgoingCapacity = 50 });
        await harness.InitializeAsync();
        var payload = new { text = new string('x', 4096) };

        // The in-memory pipe stops accepting writes after ~64 KiB; nobody reads, so the queue fills.
        for (var i = 0; i < 1000 && !harness.Connection.Closed.IsCancellationRequested; i++)
        {
            harness.Connection.Notify(Raw("item/agentMessage/delta"), payload);
        }

        // The cut-off happens off the notifying thread; the connection then ends on its own.
        await harness.Running.WaitAsync(TimeSpan.FromSeconds(20));
        harness.Connection.Closed.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public async Task Malformed_input_is_dropped_without_reply_and_the_connection_survives()
    {
        await using var harness = new InProcessConnection();
        await harness.SendAsync("{not json");
        await harness.SendAsync("[1,2,3]");
        await harness.SendAsync("\"just a string\"");
        await harness.SendAsync("""{"id":true,"method":"initialize"}""");
        await harness.SendAsync("""{"method":17}""");
        await harness.SendBytesAsync([0xff, 0xfe, 0x00, 0x81, 0x0a]);
        await harness.SendAsync("");

        var response = await harness.InitializeAsync();

        response["id"]!.GetValue<string>().Should().Be("init", "the first reply is the one to the valid request");
        response["result"]!["platformOs"]!.GetValue<string>().Should().Be("linux");
    }

    private sealed class BlockingInitialize(Task release) : IMethodHandlers
    {
        public void Register(HandlerMap map) => map.Add<InitializeParams, InitializeResponse>(InitializeMethods.Initialize, async (p, ctx) =>
        {
            await release;
            if (!ctx.Session.TryInitialize(p.ClientInfo, p.Capabilities))
            {
                throw new AppServer.Protocol.Errors.InvalidRequestException("Already initialized");
            }

            return new InitializeResponse { UserAgent = "u", CodexHome = "/h", PlatformFamily = "unix", PlatformOs = "linux" };
        });
    }
}
