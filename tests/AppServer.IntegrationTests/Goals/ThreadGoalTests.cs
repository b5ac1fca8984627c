using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using AppServer.IntegrationTests.Startup;
using AppServer.IntegrationTests.Threads;

namespace AppServer.IntegrationTests.Goals;

/// <summary>
/// <c>thread/goal/set|get|clear</c> as the reference answers them: the response first, then
/// <c>thread/goal/updated</c> / <c>thread/goal/cleared</c>; goals are stored, survive a crash, and
/// <c>thread/resume</c> reports the goal (or its absence) after the response.
/// </summary>
public sealed class ThreadGoalTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Set_get_and_clear_answer_first_then_notify(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = session;
        var responses = new List<(string, JsonObject)>();
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;

        var empty = await Call(client, responses, "thread/goal/get", new JsonObject { ["threadId"] = threadId });
        empty["result"]!["goal"].Should().BeNull();
        empty["result"]!.AsObject().ContainsKey("goal").Should().BeTrue("the reference writes goal: null");

        var created = await Call(client, responses, "thread/goal/set", new JsonObject
        {
            ["threadId"] = threadId, ["objective"] = "Ship the feature", ["tokenBudget"] = 1000,
        });
        var goal = created["result"]!["goal"]!;
        ((string)goal["threadId"]!).Should().Be(threadId);
        ((string)goal["objective"]!).Should().Be("Ship the feature");
        ((string)goal["status"]!).Should().Be("active");
        ((long)goal["tokenBudget"]!).Should().Be(1000);
        ((long)goal["tokensUsed"]!).Should().Be(0);
        ((long)goal["timeUsedSeconds"]!).Should().Be(0);
        ((long)goal["createdAt"]!).Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 120, "times are Unix seconds");
        var updated = await client.WaitForNotificationAsync("thread/goal/updated");
        ((string)updated["params"]!["threadId"]!).Should().Be(threadId);
        updated["params"]!["turnId"].Should().BeNull();
        JsonNode.DeepEquals(updated["params"]!["goal"], goal).Should().BeTrue();
        ReceivedAfter(client, created, updated).Should().BeTrue("the notification follows the response");

        var paused = await Call(client, responses, "thread/goal/set", new JsonObject
        {
            ["threadId"] = threadId, ["status"] = "paused", ["tokenBudget"] = null, ["origin"] = "user",
        });
        ((string)paused["result"]!["goal"]!["objective"]!).Should().Be("Ship the feature", "omitted fields keep their value");
        ((string)paused["result"]!["goal"]!["status"]!).Should().Be("paused");
        paused["result"]!["goal"]!["tokenBudget"].Should().BeNull("an explicit null removes the budget");
        await client.WaitForNotificationAsync("thread/goal/updated", where: n => (string?)n["params"]!["goal"]!["status"] == "paused");

        var read = await Call(client, responses, "thread/goal/get", new JsonObject { ["threadId"] = threadId });
        JsonNode.DeepEquals(read["result"]!["goal"], paused["result"]!["goal"]).Should().BeTrue();

        var cleared = await Call(client, responses, "thread/goal/clear", new JsonObject { ["threadId"] = threadId });
        ((bool)cleared["result"]!["cleared"]!).Should().BeTrue();
        var clearedNotice = await client.WaitForNotificationAsync("thread/goal/cleared");
        ((string)clearedNotice["params"]!["threadId"]!).Should().Be(threadId);
        ReceivedAfter(client, cleared, clearedNotice).Should().BeTrue();

        var again = await Call(client, responses, "thread/goal/clear", new JsonObject { ["threadId"] = threadId });
        ((bool)again["result"]!["cleared"]!).Should().BeFalse();
        (await Call(client, responses, "thread/goal/get", new JsonObject { ["threadId"] = threadId }))["result"]!["goal"].Should().BeNull();
        client.Notifications.Count(n => (string?)n["method"] == "thread/goal/cleared").Should().Be(1, "clearing nothing announces nothing");

        (await ReferenceSchemaValidator.ValidateAsync(responses, client.Notifications)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Bad_requests_get_the_reference_errors(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;
        const string missing = "00000000-0000-0000-0000-000000000000";

        (await Error(client, "thread/goal/get", new JsonObject { ["threadId"] = missing })).Should().Be($"thread not found: {missing}");
        (await Error(client, "thread/goal/clear", new JsonObject { ["threadId"] = missing })).Should().Be($"thread not found: {missing}");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = missing, ["objective"] = "x" })).Should().Be($"thread not found: {missing}");
        (await Error(client, "thread/goal/get", new JsonObject { ["threadId"] = "nope" })).Should().StartWith("invalid thread id: ");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["status"] = "paused" }))
            .Should().Be($"cannot update goal for thread {threadId}: no goal exists");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "   " }))
            .Should().Be("goal objective must not be empty");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = new string('x', 4001) }))
            .Should().Be("goal objective must be at most 4000 characters");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "x", ["tokenBudget"] = 0 }))
            .Should().Be("goal budgets must be positive when provided");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "x", ["status"] = "bogus" }))
            .Should().StartWith("Invalid request: unknown variant `bogus`");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "x", ["tokenBudget"] = "abc" }))
            .Should().Be("Invalid request: invalid type: string \"abc\", expected i64");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "x", ["tokenBudget"] = 1.5 }))
            .Should().Be("Invalid request: invalid type: floating point `1.5`, expected i64");

        var ephemeral = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["ephemeral"] = true }))["thread"]!["id"]!;
        (await Error(client, "thread/goal/get", new JsonObject { ["threadId"] = ephemeral })).Should().Be($"ephemeral thread does not support goals: {ephemeral}");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = ephemeral, ["objective"] = "x" }))
            .Should().Be($"ephemeral thread does not support goals: {ephemeral}");
        client.Notifications.Should().NotContain(n => ((string?)n["method"] ?? "").StartsWith("thread/goal/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Goals_survive_a_crash_and_resume_reports_them_after_the_response(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;
        fake.Enqueue(FakeResponse.Of(new FakeUsage(10, 0, 5, 0), FakeItem.Message("hi", 1)));
        await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "hello" }),
        });
        await client.WaitForNotificationAsync("turn/completed");
        var goal = (await client.CallAsync("thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "Keep me", ["status"] = "paused" }))["goal"]!;
        server.Kill();

        {
            var (server2, client2) = await TestServer.StartAsync(transport, new TestServerOptions
            {
                CodexHomeOverride = server.CodexHome,
                Environment = { ["APPSERVER_THREAD_IDLE_TIMEOUT_MS"] = "300" }, // unsubscribing unloads the thread quickly
            });
            await using var _ = server2;
            await using var __ = client2;
            await client2.InitializeAsync(experimentalApi: true);

            var stored = await client2.CallAsync("thread/goal/get", new JsonObject { ["threadId"] = threadId });
            JsonNode.DeepEquals(stored["goal"], goal).Should().BeTrue("the goal is stored, not held in memory");

            var resume = await client2.RequestAsync("thread/resume", new JsonObject { ["threadId"] = threadId, ["excludeTurns"] = true });
            resume["result"].Should().NotBeNull();
            var updated = await client2.WaitForNotificationAsync("thread/goal/updated");
            JsonNode.DeepEquals(updated["params"]!["goal"], goal).Should().BeTrue();
            updated["params"]!["turnId"].Should().BeNull();
            ReceivedAfter(client2, resume, updated).Should().BeTrue("resume reports the goal after its response");
            var usage = client2.Notifications.FirstOrDefault(n => (string?)n["method"] == "thread/tokenUsage/updated");
            if (usage is not null)
            {
                ReceivedAfter(client2, usage, updated).Should().BeTrue("the goal comes after the restored token usage");
            }

            await client2.CallAsync("thread/goal/clear", new JsonObject { ["threadId"] = threadId });
            await client2.WaitForNotificationAsync("thread/goal/cleared");
            await client2.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = threadId });
            await client2.WaitForNotificationAsync("thread/closed");

            var resumedAgain = await client2.RequestAsync("thread/resume", new JsonObject { ["threadId"] = threadId, ["excludeTurns"] = true });
            resumedAgain["result"].Should().NotBeNull();
            var none = await client2.WaitForNotificationAsync("thread/goal/cleared");
            ((string)none["params"]!["threadId"]!).Should().Be(threadId);
            ReceivedAfter(client2, resumedAgain, none).Should().BeTrue("a thread without a goal resumes with thread/goal/cleared");

            (await ReferenceSchemaValidator.ValidateAsync([("thread/resume", resume), ("thread/resume", resumedAgain)], client2.Notifications)).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Goal_changes_are_broadcast_to_every_initialized_connection()
    {
        await using var server = TestServer.StartWebSocketServer();
        await server.WaitForReadyAsync();
        await using var owner = await server.ConnectWebSocketAsync();
        await using var watcher = await server.ConnectWebSocketAsync();
        await using var stranger = await server.ConnectWebSocketAsync();
        await using var uninitialized = await server.ConnectWebSocketAsync();
        await owner.InitializeAsync(experimentalApi: true);
        await watcher.InitializeAsync();
        await stranger.InitializeAsync();
        var threadId = (string)(await owner.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;

        // As in the reference: every initialized connection hears it, subscribed to the thread or not.
        await stranger.CallAsync("thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "Shared" });
        foreach (var client in new[] { owner, watcher, stranger })
        {
            var updated = await client.WaitForNotificationAsync("thread/goal/updated");
            ((string)updated["params"]!["goal"]!["objective"]!).Should().Be("Shared");
        }

        await owner.CallAsync("thread/goal/clear", new JsonObject { ["threadId"] = threadId });
        foreach (var client in new[] { owner, watcher, stranger })
        {
            await client.WaitForNotificationAsync("thread/goal/cleared");
        }

        // A connection that never initialized is told nothing.
        (await uninitialized.RequestAsync("thread/goal/get", new JsonObject { ["threadId"] = threadId }))["error"].Should().NotBeNull();
        uninitialized.Notifications.Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task With_the_goals_feature_off_calls_are_refused_and_resume_says_nothing(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), "[features]\ngoals = false\n");
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;

        (await Error(client, "thread/goal/get", new JsonObject { ["threadId"] = threadId })).Should().Be("goals feature is disabled");
        (await Error(client, "thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "x" })).Should().Be("goals feature is disabled");
        (await Error(client, "thread/goal/clear", new JsonObject { ["threadId"] = "nope" })).Should().Be("goals feature is disabled");

        ThreadSeeder.AddTurn(server.CodexHome, threadId, "hello", "reply");
        await client.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId, ["excludeTurns"] = true });
        await client.CallAsync("thread/loaded/list", new JsonObject()); // anything sent after the resume arrives before this answer
        client.Notifications.Should().NotContain(n => ((string?)n["method"] ?? "").StartsWith("thread/goal/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_fork_starts_without_the_goal(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;
        await client.CallAsync("thread/goal/set", new JsonObject { ["threadId"] = threadId, ["objective"] = "Mine only", ["status"] = "paused" });
        ThreadSeeder.AddTurn(server.CodexHome, threadId, "hello", "reply");

        var forkId = (string)(await client.CallAsync("thread/fork", new JsonObject { ["threadId"] = threadId, ["excludeTurns"] = true }))["thread"]!["id"]!;

        (await client.CallAsync("thread/goal/get", new JsonObject { ["threadId"] = forkId }))["goal"].Should().BeNull("the reference does not copy goals into forks");
        ((string)(await client.CallAsync("thread/goal/get", new JsonObject { ["threadId"] = threadId }))["goal"]!["objective"]!).Should().Be("Mine only");
    }

    private static async Task<JsonObject> Call(RpcClient client, List<(string, JsonObject)> responses, string method, JsonObject @params)
    {
        var response = await client.RequestAsync(method, @params);
        response["error"].Should().BeNull($"{method} should succeed: {response.ToJsonString()}");
        responses.Add((method, response));
        return response;
    }

    private static async Task<string> Error(RpcClient client, string method, JsonObject @params)
    {
        var response = await client.RequestAsync(method, @params);
        response["error"].Should().NotBeNull($"{method} should fail: {response.ToJsonString()}");
        ((int)response["error"]!["code"]!).Should().Be(-32600);
        return (string)response["error"]!["message"]!;
    }

    /// <summary>True when <paramref name="later"/> was received after <paramref name="earlier"/>.</summary>
    private static bool ReceivedAfter(RpcClient client, JsonObject earlier, JsonObject later)
    {
        var all = client.Received.ToList();
        int first = all.FindIndex(m => ReferenceEquals(m, earlier)), second = all.FindIndex(m => ReferenceEquals(m, later));
        first.Should().BeGreaterThanOrEqualTo(0);
        second.Should().BeGreaterThanOrEqualTo(0);
        return second > first;
    }
}
