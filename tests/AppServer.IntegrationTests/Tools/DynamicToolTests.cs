using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// Experimental <c>thread/start.dynamicTools</c>: offered to the model, answered by the client, and kept with
/// the thread so that after a restart and <c>thread/resume</c> the model is offered them again, and in forks
/// (as the reference does).
/// </summary>
public sealed class DynamicToolTests
{
    private static readonly JsonNode LookupTicket = JsonNode.Parse("""[{"type":"function","name":"lookup_ticket","description":"Finds a ticket","inputSchema":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}}]""")!;

    /// <summary>Runs a turn in which the model calls lookup_ticket; the client answers it. Returns the item/tool/call request.</summary>
    private static async Task<JsonObject> CallLookupTicketAsync(RpcClient client, FakeResponsesServer fake, string threadId, string callId)
    {
        fake.Enqueue(FakeResponse.Of(FakeItem.FunctionCall("lookup_ticket", """{"id":"T-1"}""", callId)), FakeResponse.Of(FakeItem.Message("found")));
        var turnId = await StartTurnAsync(client, threadId, "look");
        var request = await client.WaitForServerRequestAsync();
        await client.RespondAsync(request["id"]!, JsonNode.Parse("""{"contentItems":[{"type":"inputText","text":"ticket T-1: open"}],"success":true}""")!);
        await TurnCompletedAsync(client, turnId);
        request["params"]!["turnId"]!.GetValue<string>().Should().Be(turnId);
        return request;
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Dynamic_tool_call_goes_to_the_client_and_back_to_the_model(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, approvalPolicy: null, sandbox: null, dynamicTools: LookupTicket);

        var request = await CallLookupTicketAsync(client, fake, threadId, "call_dyn");
        request["method"]!.GetValue<string>().Should().Be("item/tool/call");
        var p = request["params"]!;
        p["callId"]!.GetValue<string>().Should().Be("call_dyn");
        p["tool"]!.GetValue<string>().Should().Be("lookup_ticket");
        p["arguments"]!["id"]!.GetValue<string>().Should().Be("T-1");

        var tools = fake.Requests.First(r => r.Body is not null).Body!["tools"]!.AsArray();
        tools.Should().Contain(t => (string?)t!["name"] == "lookup_ticket" && (string?)t["type"] == "function");
        var item = Items(client, "item/completed", "dynamicToolCall").Single()["params"]!["item"]!;
        item["status"]!.GetValue<string>().Should().Be("completed");
        item["success"]!.GetValue<bool>().Should().BeTrue();
        item["contentItems"]![0]!["text"]!.GetValue<string>().Should().Be("ticket T-1: open");
        var output = fake.Requests.Last(r => r.Body is not null).Body!["input"]!.AsArray().Single(i => (string?)i!["call_id"] == "call_dyn" && (string?)i["type"] == "function_call_output")!["output"]!;
        output.ToJsonString().Should().Be("""[{"type":"input_text","text":"ticket T-1: open"}]""");
        client.Notifications.Should().Contain(n => (string?)n["method"] == "serverRequest/resolved");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_fork_offers_the_source_threads_dynamic_tools(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, approvalPolicy: null, sandbox: null, dynamicTools: LookupTicket);
        var forkId = (string)(await client.CallAsync("thread/fork", new JsonObject { ["threadId"] = threadId }))["thread"]!["id"]!;

        var request = await CallLookupTicketAsync(client, fake, forkId, "call_in_fork");
        request["params"]!["threadId"]!.GetValue<string>().Should().Be(forkId);
        ToolNames(fake).Should().Contain("lookup_ticket");
        ToolOutput(fake, "call_in_fork").Should().Be("""[{"type":"input_text","text":"ticket T-1: open"}]""");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Dynamic_tools_survive_a_restart_and_resume(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions { DeleteOnDispose = false };
        var (server, client) = await StartAsync(transport, fake, options: options);
        string threadId;
        await using (server)
        await using (client)
        {
            threadId = await StartThreadAsync(client, server, approvalPolicy: null, sandbox: null, dynamicTools: LookupTicket);
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("hello")));
            await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));
            server.Kill();
        }

        try
        {
            await using var session2 = await ServerSession.StartAsync(transport, new TestServerOptions { CodexHomeOverride = options.CodexHome, WorkDir = options.WorkDir, HomeDir = options.HomeDir }, experimentalApi: true);
            var (server2, client2) = session2;
            await client2.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });

            var request = await CallLookupTicketAsync(client2, fake, threadId, "call_after_restart");
            request["method"]!.GetValue<string>().Should().Be("item/tool/call");
            request["params"]!["tool"]!.GetValue<string>().Should().Be("lookup_ticket");
            var offered = fake.Requests.Where(r => r.Body is not null).ElementAt(1).Body!["tools"]!.AsArray();
            offered.Should().ContainSingle(t => (string?)t!["name"] == "lookup_ticket")
                .Which!["parameters"]!["required"]![0]!.GetValue<string>().Should().Be("id");
            ToolOutput(fake, "call_after_restart").Should().Be("""[{"type":"input_text","text":"ticket T-1: open"}]""");
        }
        finally
        {
            Directory.Delete(options.Root, recursive: true);
        }
    }
}
