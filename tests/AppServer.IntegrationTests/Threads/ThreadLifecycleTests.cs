using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Threads;

/// <summary>thread/start, read, list, name, archive, unarchive, unsubscribe, delete over both transports.</summary>
public sealed class ThreadLifecycleTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Start_answers_first_then_announces_the_thread(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        var result = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["model"] = "gpt-5.5", ["approvalPolicy"] = "never", ["sandbox"] = "workspace-write" });
        var thread = result["thread"]!;
        var id = (string)thread["id"]!;
        Guid.Parse(id).Version.Should().Be(7);
        ((string)thread["sessionId"]!).Should().Be(id);
        ((string)thread["preview"]!).Should().BeEmpty();
        ((bool)thread["ephemeral"]!).Should().BeFalse();
        thread["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");
        ((string)thread["cwd"]!).Should().Be(server.WorkDir);
        ((string)thread["path"]!).Should().Be(Path.Combine(server.CodexHome, "appserver.sqlite"));
        ((string)thread["cliVersion"]!).Should().Be("0.169.0");
        ((string)thread["source"]!).Should().Be("vscode");
        thread["gitInfo"].Should().BeNull();
        thread["name"].Should().BeNull();
        thread["turns"]!.AsArray().Should().BeEmpty();
        ((string)result["model"]!).Should().Be("gpt-5.5");
        ((string)result["approvalPolicy"]!).Should().Be("never");
        result["sandbox"]!["type"]!.GetValue<string>().Should().Be("workspaceWrite");
        File.Exists(Path.Combine(server.CodexHome, "appserver.sqlite")).Should().BeTrue();

        var started = await client.WaitForNotificationAsync("thread/started");
        ((string)started["params"]!["thread"]!["id"]!).Should().Be(id);
        var received = client.Received.ToList();
        var responseAt = received.FindIndex(m => m["method"] is null && (string?)m["result"]?["thread"]?["id"] == id);
        var startedAt = received.FindIndex(m => (string?)m["method"] == "thread/started");
        responseAt.Should().BeGreaterThanOrEqualTo(0);
        startedAt.Should().BeGreaterThan(responseAt, "the reference answers before announcing");

        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id });
        ((string)read["thread"]!["id"]!).Should().Be(id);
        var loaded = await client.CallAsync("thread/loaded/list", new JsonObject());
        loaded["data"]!.AsArray().Select(n => (string)n!).Should().Equal(id);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Listing_naming_archiving_and_deleting(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!);
        }

        (await List(client, new JsonObject())).Should().BeEmpty("threads without a turn are not listed");
        for (var i = 0; i < 4; i++)
        {
            ThreadSeeder.AddTurn(server.CodexHome, ids[i], $"prompt {i}", $"reply {i}");
        }

        // Paging newest first, 3 per page.
        var page1 = (JsonObject)await client.CallAsync("thread/list", new JsonObject { ["limit"] = 3 });
        page1["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(ids[3], ids[2], ids[1]);
        page1["data"]![0]!["preview"]!.GetValue<string>().Should().Be("prompt 3");
        page1["data"]![0]!["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");
        var page2 = await client.CallAsync("thread/list", new JsonObject { ["limit"] = 3, ["cursor"] = page1["nextCursor"]!.GetValue<string>() });
        page2["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(ids[0]);
        page2["nextCursor"].Should().BeNull();
        (await List(client, new JsonObject { ["sortDirection"] = "asc" })).Should().Equal(ids[0], ids[1], ids[2], ids[3]);
        var back = await List(client, new JsonObject { ["sortDirection"] = "asc", ["cursor"] = page1["backwardsCursor"]!.GetValue<string>() });
        back.Should().Contain(ids[3], "the backwards cursor anchors at the start of the first row's second");
        (await List(client, new JsonObject { ["searchTerm"] = "PROMPT 2" })).Should().Equal(ids[2]);
        (await List(client, new JsonObject { ["modelProviders"] = new JsonArray("nope") })).Should().BeEmpty();
        (await List(client, new JsonObject { ["cwd"] = server.WorkDir })).Should().HaveCount(4);

        // Name.
        (await client.CallAsync("thread/name/set", new JsonObject { ["threadId"] = ids[1], ["name"] = "  Renamed  " })).AsObject().Should().BeEmpty();
        var named = await client.WaitForNotificationAsync("thread/name/updated");
        named["params"]!.ToJsonString().Should().Be($"{{\"threadId\":\"{ids[1]}\",\"threadName\":\"Renamed\"}}");
        (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = ids[1] }))["thread"]!["name"]!.GetValue<string>().Should().Be("Renamed");

        // Archive: unloads, hides from the default listing.
        (await client.CallAsync("thread/archive", new JsonObject { ["threadId"] = ids[2] })).AsObject().Should().BeEmpty();
        var status = await client.WaitForNotificationAsync("thread/status/changed", where: n => (string?)n["params"]!["threadId"] == ids[2]);
        status["params"]!["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");
        await client.WaitForNotificationAsync("thread/archived", where: n => (string?)n["params"]!["threadId"] == ids[2]);
        (await List(client, new JsonObject())).Should().Equal(ids[3], ids[1], ids[0]);
        (await List(client, new JsonObject { ["archived"] = true })).Should().Equal(ids[2]);
        (await LoadedIds(client)).Should().NotContain(ids[2]);
        var again = await client.RequestAsync("thread/archive", new JsonObject { ["threadId"] = ids[2] });
        again["error"]!["message"]!.GetValue<string>().Should().Be($"no rollout found for thread id {ids[2]}");

        var unarchived = await client.CallAsync("thread/unarchive", new JsonObject { ["threadId"] = ids[2] });
        unarchived["thread"]!["id"]!.GetValue<string>().Should().Be(ids[2]);
        unarchived["thread"]!["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");
        await client.WaitForNotificationAsync("thread/unarchived");
        (await List(client, new JsonObject())).Should().HaveCount(4);
        (await List(client, new JsonObject { ["archived"] = true })).Should().BeEmpty();

        // Unsubscribe.
        (await client.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = ids[0] }))["status"]!.GetValue<string>().Should().Be("unsubscribed");
        (await client.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = ids[0] }))["status"]!.GetValue<string>().Should().Be("notSubscribed");
        (await client.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = ids[2] }))["status"]!.GetValue<string>().Should().Be("notLoaded");
        (await LoadedIds(client)).Should().Contain(ids[0]);

        // Delete.
        (await client.CallAsync("thread/delete", new JsonObject { ["threadId"] = ids[3] })).AsObject().Should().BeEmpty();
        await client.WaitForNotificationAsync("thread/deleted", where: n => (string?)n["params"]!["threadId"] == ids[3]);
        ThreadSeeder.Read(server.CodexHome, ids[3]).Should().BeNull();
        (await LoadedIds(client)).Should().NotContain(ids[3]);
        var gone = await client.RequestAsync("thread/read", new JsonObject { ["threadId"] = ids[3] });
        gone["error"]!["message"]!.GetValue<string>().Should().Be($"thread not loaded: {ids[3]}");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Bad_input_gets_the_reference_errors_and_writes_nothing(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        const string unknown = "01a2063c-6d1c-7f01-b6fe-4efc8d5c2990";
        var id = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;

        await ExpectError(client, "thread/read", new JsonObject { ["threadId"] = "not-a-uuid" },
            "invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1");
        await ExpectError(client, "thread/read", new JsonObject { ["threadId"] = unknown }, $"thread not loaded: {unknown}");
        await ExpectError(client, "thread/turns/list", new JsonObject { ["threadId"] = unknown }, $"thread not loaded: {unknown}");
        await ExpectError(client, "thread/resume", new JsonObject { ["threadId"] = unknown }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/fork", new JsonObject { ["threadId"] = unknown }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/archive", new JsonObject { ["threadId"] = unknown }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/unarchive", new JsonObject { ["threadId"] = unknown }, $"no archived rollout found for thread id {unknown}");
        await ExpectError(client, "thread/delete", new JsonObject { ["threadId"] = unknown }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/name/set", new JsonObject { ["threadId"] = unknown, ["name"] = "x" }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/metadata/update", new JsonObject { ["threadId"] = unknown, ["gitInfo"] = new JsonObject() }, $"no rollout found for thread id {unknown}");
        await ExpectError(client, "thread/name/set", new JsonObject { ["threadId"] = id, ["name"] = "   " }, "thread name must not be empty");
        await ExpectError(client, "thread/unarchive", new JsonObject { ["threadId"] = id }, $"no archived rollout found for thread id {id}");
        await ExpectError(client, "thread/list", new JsonObject { ["cursor"] = "garbage" }, "invalid cursor: garbage");
        await ExpectError(client, "thread/list", null, "Invalid request: missing field `params`");
        await ExpectError(client, "thread/read", new JsonObject(), "Invalid request: missing field `threadId`");

        (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id }))["thread"]!["name"].Should().BeNull();
        client.Notifications.Should().NotContain(n => (string?)n["method"] == "thread/name/updated");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Ephemeral_threads_are_never_written(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;

        var thread = (await client.CallAsync("thread/start", new JsonObject { ["ephemeral"] = true }))["thread"]!;
        var id = (string)thread["id"]!;
        ((bool)thread["ephemeral"]!).Should().BeTrue();
        thread["path"].Should().BeNull();
        ThreadSeeder.Read(server.CodexHome, id).Should().BeNull();
        (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id }))["thread"]!["ephemeral"]!.GetValue<bool>().Should().BeTrue();
        await client.CallAsync("thread/name/set", new JsonObject { ["threadId"] = id, ["name"] = "in memory" });
        (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id }))["thread"]!["name"]!.GetValue<string>().Should().Be("in memory");
        ThreadSeeder.Read(server.CodexHome, id).Should().BeNull();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Fork_copies_history_and_metadata_update_patches_git_info(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        var source = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        var first = ThreadSeeder.AddTurn(server.CodexHome, source, "one", "reply one");
        ThreadSeeder.AddTurn(server.CodexHome, source, "two", "reply two");

        var fork = await client.CallAsync("thread/fork", new JsonObject { ["threadId"] = source, ["lastTurnId"] = first });
        var forkThread = fork["thread"]!;
        var forkId = (string)forkThread["id"]!;
        forkId.Should().NotBe(source);
        ((string)forkThread["forkedFromId"]!).Should().Be(source);
        forkThread["turns"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(first);
        ((string)forkThread["preview"]!).Should().Be("one");
        await client.WaitForNotificationAsync("thread/started", where: n => (string?)n["params"]!["thread"]!["id"] == forkId);
        var ephemeralFork = (await client.CallAsync("thread/fork", new JsonObject { ["threadId"] = source, ["ephemeral"] = true }))["thread"]!;
        ephemeralFork["path"].Should().BeNull();
        ThreadSeeder.Read(server.CodexHome, (string)ephemeralFork["id"]!).Should().BeNull();

        var patched = await client.CallAsync("thread/metadata/update", new JsonObject
        {
            ["threadId"] = forkId,
            ["gitInfo"] = new JsonObject { ["sha"] = "abc123", ["branch"] = "main", ["originUrl"] = "https://example.com/r.git" },
        });
        patched["thread"]!["gitInfo"]!.ToJsonString().Should().Be("{\"sha\":\"abc123\",\"branch\":\"main\",\"originUrl\":\"https://example.com/r.git\"}");
        patched = await client.CallAsync("thread/metadata/update", new JsonObject { ["threadId"] = forkId, ["gitInfo"] = new JsonObject { ["branch"] = null } });
        patched["thread"]!["gitInfo"]!.ToJsonString().Should().Be("{\"sha\":\"abc123\",\"branch\":null,\"originUrl\":\"https://example.com/r.git\"}");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Turns_and_items_page_through_stored_history(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        var id = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        var turns = Enumerable.Range(0, 3).Select(i => ThreadSeeder.AddTurn(server.CodexHome, id, $"q{i}", $"a{i}")).ToList();

        var page = await client.CallAsync("thread/turns/list", new JsonObject { ["threadId"] = id, ["limit"] = 2 });
        page["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(turns[2], turns[1]);
        page["data"]![0]!["itemsView"]!.GetValue<string>().Should().Be("summary");
        page["data"]![0]!["items"]!.AsArray().Select(i => (string)i!["text"]!).Should().Equal("a2");
        var rest = await client.CallAsync("thread/turns/list", new JsonObject { ["threadId"] = id, ["limit"] = 2, ["cursor"] = page["nextCursor"]!.GetValue<string>(), ["itemsView"] = "full" });
        rest["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(turns[0]);
        rest["data"]![0]!["items"]!.AsArray().Select(i => (string)i!["type"]!).Should().Equal("userMessage", "agentMessage");
        rest["nextCursor"].Should().BeNull();
        var back = await client.CallAsync("thread/turns/list", new JsonObject { ["threadId"] = id, ["sortDirection"] = "asc", ["cursor"] = page["backwardsCursor"]!.GetValue<string>() });
        back["data"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal([turns[2]], "reversing includes the anchor turn again");

        var items = await client.CallAsync("thread/items/list", new JsonObject { ["threadId"] = id, ["limit"] = 4 });
        items["data"]!.AsArray().Select(e => (string)e!["turnId"]!).Should().Equal(turns[0], turns[0], turns[1], turns[1]);
        var more = await client.CallAsync("thread/items/list", new JsonObject { ["threadId"] = id, ["cursor"] = items["nextCursor"]!.GetValue<string>() });
        more["data"]!.AsArray().Select(e => (string)e!["item"]!["type"]!).Should().Equal("userMessage", "agentMessage");
        var oneTurn = await client.CallAsync("thread/items/list", new JsonObject { ["threadId"] = id, ["turnId"] = turns[1] });
        oneTurn["data"]!.AsArray().Should().HaveCount(2);

        var full = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true });
        full["thread"]!["turns"]!.AsArray().Should().HaveCount(3);
        full["thread"]!["turns"]![1]!["items"]![0]!["content"]![0]!["text"]!.GetValue<string>().Should().Be("q1");
    }

    internal static async Task<List<string>> List(RpcClient client, JsonObject @params)
        => (await client.CallAsync("thread/list", @params))["data"]!.AsArray().Select(t => (string)t!["id"]!).ToList();

    internal static async Task<List<string>> LoadedIds(RpcClient client)
        => (await client.CallAsync("thread/loaded/list", new JsonObject()))["data"]!.AsArray().Select(t => (string)t!).ToList();

    private static async Task ExpectError(RpcClient client, string method, JsonObject? @params, string message)
    {
        var response = await client.RequestAsync(method, @params, omitParams: @params is null);
        response["error"].Should().NotBeNull($"{method} should fail");
        response["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        response["error"]!["message"]!.GetValue<string>().Should().Be(message);
    }
}
