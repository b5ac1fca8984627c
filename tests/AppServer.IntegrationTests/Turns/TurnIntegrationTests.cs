using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Turns;

/// <summary>Turns end to end: the built server, a real client, and the in-process fake Responses API.</summary>
public sealed class TurnIntegrationTests
{
    private const string Answer = "The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. END";

    private static Task<ServerSession> StartAsync(string transport, FakeResponsesServer fake, string? extraConfig = null, TestServerOptions? options = null, string wireApi = "responses")
    {
        options ??= new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var configPath = Path.Combine(options.CodexHome, "config.toml");
        if (!File.Exists(configPath))
        {
            File.WriteAllText(configPath, (extraConfig ?? "") + "\n" + fake.ConfigToml(wireApi: wireApi));
        }

        return ServerSession.StartAsync(transport, options, experimentalApi: true);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Streamed_turn_reaches_the_client_in_the_reference_order_and_is_stored(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync(transport, fake);
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(new FakeUsage(1234, 56, 200, 7), FakeItem.Reasoning(["Planning the answer"], 4), FakeItem.Message(Answer, 50)));

        var start = await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Tell me about foxes" }),
        });
        start["turn"]!["status"]!.GetValue<string>().Should().Be("inProgress");
        start["turn"]!["items"]!.AsArray().Should().BeEmpty();
        var turnId = (string)start["turn"]!["id"]!;
        var done = await client.WaitForNotificationAsync("turn/completed");

        var notes = client.Notifications.SkipWhile(n => (string?)n["method"] != "thread/status/changed").ToList();
        var methods = notes.Select(n => (string)n["method"]!).Where(m => !m.Contains("delta", StringComparison.OrdinalIgnoreCase) && m != "item/reasoning/summaryPartAdded").ToList();
        methods.Should().Equal("thread/status/changed", "turn/started", "item/started", "item/completed", "item/started", "item/completed",
            "item/started", "item/completed", "thread/tokenUsage/updated", "account/rateLimits/updated", "thread/readState/changed",
            "thread/status/changed", "turn/completed");
        var deltas = notes.Where(n => (string?)n["method"] == "item/agentMessage/delta").ToList();
        deltas.Should().HaveCount(50);
        string.Concat(deltas.Select(d => (string)d["params"]!["delta"]!)).Should().Be(Answer);
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        var rateLimits = notes.Single(n => (string?)n["method"] == "account/rateLimits/updated")["params"]!["rateLimits"]!;
        ((string?)rateLimits["limitId"]).Should().Be("codex");
        rateLimits["primary"].Should().BeNull("a provider other than the OpenAI service reports no limits");
        var receipt = notes.Single(n => (string?)n["method"] == "thread/readState/changed")["params"]!["readState"]!;
        ((string?)receipt["firstUnread"]!["turnId"]).Should().Be((string?)done["params"]!["turn"]!["id"], "the finished turn is unread");
        done["params"]!["turn"]!["items"]![0]!["text"]!.GetValue<string>().Should().Be(Answer);

        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true });
        var turn = read["thread"]!["turns"]!.AsArray().Single()!;
        turn["id"]!.GetValue<string>().Should().Be(turnId);
        turn["status"]!.GetValue<string>().Should().Be("completed");
        turn["items"]!.AsArray().Select(i => (string?)i!["type"]).Should().Equal("userMessage", "reasoning", "agentMessage");
        read["thread"]!["preview"]!.GetValue<string>().Should().Be("Tell me about foxes");

        fake.Enqueue(FakeResponse.Of(FakeItem.Message("second answer", 3)));
        await client.RunTurnAsync(threadId, "And about dogs?");
        var requests = await fake.WaitForRequestsAsync(2);
        requests[1].MessageTexts().Where(t => t.Role == "user").Select(t => t.Text).TakeLast(2).Should().Equal("Tell me about foxes", "And about dogs?");
        requests[1].MessageTexts().Should().Contain(("assistant", Answer));
        requests[0].Headers["originator"].Should().Be("integration_tests");
    }

    [Fact]
    public async Task History_survives_a_kill_and_is_resent_exactly_after_resume()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        // The first server must not delete its directories on dispose: the second one reuses them.
        var options = new TestServerOptions { DeleteOnDispose = false };
        var (server, client) = await StartAsync("stdio", fake, options: options);
        string threadId;
        await using (server)
        await using (client)
        {
            threadId = await client.StartThreadAsync(server.WorkDir);
            fake.Enqueue(FakeResponse.Of(FakeItem.Reasoning(["think"]), FakeItem.Message("persisted reply", 4)));
            await client.RunTurnAsync(threadId, "remember me");
            server.Kill();
        }

        await using var session2 = await StartAsync("stdio", fake, options: new TestServerOptions { CodexHomeOverride = options.CodexHome, WorkDir = options.WorkDir, HomeDir = options.HomeDir });
        var (server2, client2) = session2;

        var resumed = await client2.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });
        resumed["thread"]!["turns"]!.AsArray().Should().HaveCount(1);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("I remember")));
        var done = await client2.RunTurnAsync(threadId, "do you remember?");
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");

        var requests = await fake.WaitForRequestsAsync(2);
        var before = requests[0].Body!["input"]!.AsArray().Select(n => n!.ToJsonString()).ToList();
        var after = requests[1].Body!["input"]!.AsArray().Select(n => n!.ToJsonString()).ToList();
        after.Take(before.Count).Should().Equal(before, "the stored history is re-sent upstream exactly");
        requests[1].MessageTexts().TakeLast(2).Should().Equal(("assistant", "persisted reply"), ("user", "do you remember?"));
        await client2.DisposeAsync();
        await server2.DisposeAsync();
        Directory.Delete(options.Root, recursive: true);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Interrupt_stops_a_stalled_stream(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync(transport, fake);
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("partial answer that never finishes", 6, stallAfter: 3)));
        var turnId = (string)(await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "go slowly" }),
        }))["turn"]!["id"]!;
        for (var i = 0; i < 3; i++)
        {
            await client.WaitForNotificationAsync("item/agentMessage/delta");
        }

        var wrong = await client.RequestAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = "00000000-0000-7000-8000-000000000000" });
        wrong["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        wrong["error"]!["message"]!.GetValue<string>().Should().Be($"expected active turn id 00000000-0000-7000-8000-000000000000 but found {turnId}");
        (await client.CallAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = turnId })).ToJsonString().Should().Be("{}");
        var done = await client.WaitForNotificationAsync("turn/completed", TimeSpan.FromSeconds(5));
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("interrupted");
        var again = await client.RequestAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = turnId });
        again["error"]!["message"]!.GetValue<string>().Should().Be("no active turn to interrupt");
        var steer = await client.RequestAsync("turn/steer", new JsonObject { ["threadId"] = threadId, ["expectedTurnId"] = turnId, ["input"] = new JsonArray() });
        steer["error"]!["message"]!.GetValue<string>().Should().Be("no active turn to steer");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Resume_after_a_kill_restores_token_totals_and_paging_cursors(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions { DeleteOnDispose = false };
        var (server, client) = await StartAsync(transport, fake, options: options);
        string threadId;
        string turnId;
        await using (server)
        await using (client)
        {
            threadId = await client.StartThreadAsync(server.WorkDir);
            fake.Enqueue(FakeResponse.Of(new FakeUsage(10, 5), FakeItem.Message("first answer", 2)));
            turnId = (string)(await client.RunTurnAsync(threadId, "one"))["params"]!["turn"]!["id"]!;
            server.Kill();
        }

        await using var session2 = await StartAsync(transport, fake, options: new TestServerOptions { CodexHomeOverride = options.CodexHome, WorkDir = options.WorkDir, HomeDir = options.HomeDir });
        var (server2, client2) = session2;

        var resumed = await client2.RequestAsync("thread/resume", new JsonObject
        {
            ["threadId"] = threadId,
            ["initialTurnsPage"] = new JsonObject { ["limit"] = 1, ["itemsView"] = "notLoaded" },
        });
        var usage = await client2.WaitForNotificationAsync("thread/tokenUsage/updated");

        // The reference's order: deprecation notice and status before the response, the restored totals after it.
        var messages = client2.Received.ToList();
        var responseIndex = messages.FindIndex(m => m["result"]?["thread"] is not null);
        messages.FindIndex(m => (string?)m["method"] == "deprecationNotice").Should().BeInRange(0, responseIndex);
        messages.FindIndex(m => (string?)m["method"] == "thread/status/changed").Should().BeInRange(0, responseIndex);
        messages.IndexOf(usage).Should().BeGreaterThan(responseIndex);
        ((string)usage["params"]!["turnId"]!).Should().Be(turnId);
        ((long)usage["params"]!["tokenUsage"]!["total"]!["totalTokens"]!).Should().Be(15);

        var result = resumed["result"]!;
        var initial = result["initialTurnsPage"]!;
        ((string)initial["data"]![0]!["id"]!).Should().Be(turnId, "the page asked for at resume holds the newest turn");
        initial["data"]![0]!["items"]!.AsArray().Should().BeEmpty("itemsView notLoaded");
        var turns = await client2.CallAsync("thread/turns/list", new JsonObject { ["threadId"] = threadId, ["cursor"] = (string)result["turnsBackwardsCursor"]!, ["sortDirection"] = "desc" });
        ((string)turns["data"]![0]!["id"]!).Should().Be(turnId, "the backwards cursor's first page includes the newest turn");
        var items = await client2.CallAsync("thread/items/list", new JsonObject { ["threadId"] = threadId, ["cursor"] = (string)result["itemsBackwardsCursor"]!, ["sortDirection"] = "desc" });
        ((string)items["data"]![0]!["item"]!["type"]!).Should().Be("agentMessage", "the newest item comes first");

        fake.Enqueue(FakeResponse.Of(new FakeUsage(10, 5), FakeItem.Message("second answer", 2)));
        var turn = await client2.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "two" }),
        });
        var second = await client2.WaitForNotificationAsync("thread/tokenUsage/updated", where: n => (string?)n["params"]!["turnId"] == (string?)turn["turn"]!["id"]);
        ((long)second["params"]!["tokenUsage"]!["total"]!["totalTokens"]!).Should().Be(30, "totals continue from before the restart");
        ((long)second["params"]!["tokenUsage"]!["last"]!["totalTokens"]!).Should().Be(15);
        Directory.Delete(options.Root, recursive: true);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Rate_limit_headers_of_the_response_reach_the_client(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync(transport, fake);
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        var response = FakeResponse.Of(FakeItem.Message("limited", 1));
        response.Headers["x-codex-primary-used-percent"] = "42.5";
        response.Headers["x-codex-primary-window-minutes"] = "300";
        response.Headers["x-codex-primary-reset-at"] = "1795420000";
        fake.Enqueue(response);

        await client.RunTurnAsync(threadId, "how much is left?");
        var limits = client.Notifications.Single(n => (string?)n["method"] == "account/rateLimits/updated")["params"]!["rateLimits"]!;
        limits["primary"]!.ToJsonString().Should().Be("{\"resetsAt\":1795420000,\"usedPercent\":42,\"windowDurationMins\":300}");
        limits["secondary"].Should().BeNull("the response reported only the primary window");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Archiving_a_thread_interrupts_its_running_turn_first(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync(transport, fake);
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("an answer that never finishes", 6, stallAfter: 2)));
        var turnId = (string)(await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "go slowly" }),
        }))["turn"]!["id"]!;
        await client.WaitForNotificationAsync("item/agentMessage/delta");

        (await client.CallAsync("thread/archive", new JsonObject { ["threadId"] = threadId })).ToJsonString().Should().Be("{}");
        await client.WaitForNotificationAsync("thread/archived");

        var messages = client.Received.Select(m => (string?)m["method"]).ToList();
        var completed = client.Notifications.Single(n => (string?)n["method"] == "turn/completed");
        ((string)completed["params"]!["turn"]!["id"]!).Should().Be(turnId);
        ((string)completed["params"]!["turn"]!["status"]!).Should().Be("interrupted");
        messages.IndexOf("turn/completed").Should().BeLessThan(messages.IndexOf("thread/archived"), "the turn ends before the thread is archived");

        var stored = await client.CallAsync("thread/turns/list", new JsonObject { ["threadId"] = threadId });
        ((string)stored["data"]![0]!["status"]!).Should().Be("interrupted", "the stored turn is not left in progress");
    }

    [Fact]
    public async Task Failed_turn_reports_the_error_and_leaves_the_thread_in_system_error()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync("stdio", fake);
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Error(401, "invalid_request_error", "Incorrect API key provided"));
        var done = await client.RunTurnAsync(threadId, "hi");

        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("failed");
        done["params"]!["turn"]!["error"]!["message"]!.GetValue<string>().Should().Be($"unexpected status 401 Unauthorized: Incorrect API key provided, url: {fake.BaseUrl}/responses");
        var error = client.Notifications.Single(n => (string?)n["method"] == "error");
        error["params"]!["willRetry"]!.GetValue<bool>().Should().BeFalse();
        error["params"]!["error"]!["codexErrorInfo"]!.ToJsonString().Should().Be("{\"httpConnectionFailed\":{\"httpStatusCode\":401}}");
        var statuses = client.Notifications.Where(n => (string?)n["method"] == "thread/status/changed").Select(n => (string)n["params"]!["status"]!["type"]!).ToList();
        statuses.Last().Should().Be("systemError");

        var unknown = await client.RequestAsync("turn/start", new JsonObject { ["threadId"] = "01a2063c-6d1c-7f01-b6fe-4efc8d5c2990", ["input"] = new JsonArray() });
        unknown["error"]!["message"]!.GetValue<string>().Should().Be("thread not found: 01a2063c-6d1c-7f01-b6fe-4efc8d5c2990");
    }

    [Fact]
    public async Task Chat_completions_provider_streams_an_answer()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync("stdio", fake, wireApi: "chat");
        var (server, client) = session;
        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeChatResponse.Of("Hello from a local model.", deltas: 5));
        var done = await client.RunTurnAsync(threadId, "hi");

        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        done["params"]!["turn"]!["items"]![0]!["text"]!.GetValue<string>().Should().Be("Hello from a local model.");
        (await fake.WaitForRequestsAsync(1))[0].Path.Should().Be("/v1/chat/completions");
    }

    [Fact]
    public async Task Api_key_login_is_stored_privately_and_sent_to_openai()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), $"model = \"gpt-5.5\"\nopenai_base_url = \"{fake.BaseUrl}\"\n");
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var read = await client.CallAsync("account/read", new JsonObject());
        read["requiresOpenaiAuth"]!.GetValue<bool>().Should().BeTrue();
        read["account"].Should().BeNull();
        (await client.CallAsync("account/login/start", new JsonObject { ["type"] = "apiKey", ["apiKey"] = "sk-test-123" }))["type"]!.GetValue<string>().Should().Be("apiKey");
        (await client.WaitForNotificationAsync("account/login/completed"))["params"]!["success"]!.GetValue<bool>().Should().BeTrue();
        (await client.WaitForNotificationAsync("account/updated"))["params"]!["authMode"]!.GetValue<string>().Should().Be("apikey");
        var authFile = Path.Combine(options.CodexHome, "auth.json");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(authFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        JsonNode.Parse(File.ReadAllText(authFile))!["OPENAI_API_KEY"]!.GetValue<string>().Should().Be("sk-test-123");
        (await client.CallAsync("account/read", new JsonObject()))["account"]!["type"]!.GetValue<string>().Should().Be("apiKey");

        var threadId = await client.StartThreadAsync(server.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("ok")));
        await client.RunTurnAsync(threadId, "hi");
        var request = (await fake.WaitForRequestsAsync(1))[0];
        request.Headers["authorization"].Should().Be("Bearer sk-test-123");
        request.Headers["version"].Should().Be("0.169.0");

        (await client.CallAsync("account/logout")).ToJsonString().Should().Be("{}");
        (await client.WaitForNotificationAsync("account/updated"))["params"]!["authMode"].Should().BeNull();
        File.Exists(authFile).Should().BeFalse();
        var chatgpt = await client.RequestAsync("account/login/start", new JsonObject { ["type"] = "chatgpt" });
        chatgpt["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
    }

    [Fact]
    public async Task Account_read_reports_no_openai_auth_for_a_local_provider()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        await using var session = await StartAsync("stdio", fake);
        var (server, client) = session;
        (await client.CallAsync("account/read", new JsonObject()))["requiresOpenaiAuth"]!.GetValue<bool>().Should().BeFalse();
    }
}
