using System.Text.Json.Nodes;
using AppServer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace AppServer.IntegrationTests.Threads;

/// <summary>Restart after SIGKILL, notification fan-out across connections, idle unload.</summary>
public sealed class ThreadDurabilityAndFanOutTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_named_thread_survives_a_hard_kill_with_the_same_fields(string transport)
    {
        var options = new TestServerOptions { DeleteOnDispose = false };
        JsonNode before;
        string id, turnId;
        var (server, client) = await TestServer.StartAsync(transport, options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            id = (string)(await client.CallAsync("thread/start", new JsonObject { ["model"] = "gpt-5.5" }))["thread"]!["id"]!;
            turnId = ThreadSeeder.AddTurn(server.CodexHome, id, "remember me", "persisted reply");
            await client.CallAsync("thread/name/set", new JsonObject { ["threadId"] = id, ["name"] = "persist-name" });
            before = (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id }))["thread"]!;
            server.Kill();
        }

        await using var session2 = await ServerSession.StartAsync(transport, new TestServerOptions { CodexHomeOverride = options.CodexHome }, initialize: false);
        var (server2, client2) = session2;
        try
        {
            await client2.InitializeAsync();
            (await ThreadLifecycleTests.LoadedIds(client2)).Should().BeEmpty();
            var listed = (await client2.CallAsync("thread/list", new JsonObject()))["data"]!.AsArray();
            listed.Select(t => (string)t!["id"]!).Should().Equal(id);
            var after = listed[0]!;
            after["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");
            foreach (var field in new[] { "name", "preview", "createdAt", "cwd", "model", "modelProvider", "cliVersion", "source", "path", "gitInfo" })
            {
                after[field]?.ToJsonString().Should().Be(before[field]?.ToJsonString(), field);
            }

            var read = (await client2.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!;
            read["turns"]!.AsArray().Select(t => (string)t!["id"]!).Should().Equal(turnId);
            read["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");

            var resumed = await client2.CallAsync("thread/resume", new JsonObject { ["threadId"] = id });
            resumed["thread"]!["turns"]!.AsArray().Should().ContainSingle();
            ((string)resumed["model"]!).Should().Be("gpt-5.5", "resume keeps the thread's model");
            resumed["thread"]!["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");
            (await ThreadLifecycleTests.LoadedIds(client2)).Should().Equal(id);
        }
        finally
        {
            Directory.Delete(options.Root, recursive: true);
        }
    }

    [Fact]
    public async Task A_database_from_an_older_schema_is_upgraded_at_startup()
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var path = Path.Combine(options.CodexHome, SqliteDatabase.FileName);
        // A version-1 file, as an older build left it (the constructor that stops early is internal).
        typeof(SqliteDatabase).GetConstructor(
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, [typeof(string), typeof(int)])!
            .Invoke([path, 1]);
        SqliteConnection.ClearAllPools();

        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;
        var id = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        ThreadSeeder.AddTurn(server.CodexHome, id, "hi", "there");
        (await ThreadLifecycleTests.List(client, new JsonObject())).Should().Equal(id);
        new SqliteDatabase(path).SchemaVersion.Should().Be(SqliteDatabase.LatestVersion);
    }

    [Fact]
    public async Task Notifications_reach_every_subscriber_over_both_transports_honouring_opt_outs()
    {
        var server = TestServer.StartWebSocketServer();
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var a = await server.ConnectWebSocketAsync();
        await using var b = await server.ConnectWebSocketAsync();
        await using var quiet = await server.ConnectWebSocketAsync();
        await a.InitializeAsync();
        await b.InitializeAsync();
        await quiet.InitializeAsync(optOut: ["thread/name/updated"]);

        var id = (string)(await a.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        ThreadSeeder.AddTurn(server.CodexHome, id, "shared", "reply");
        await b.CallAsync("thread/resume", new JsonObject { ["threadId"] = id });
        await quiet.CallAsync("thread/resume", new JsonObject { ["threadId"] = id });

        for (var i = 1; i <= 3; i++)
        {
            await a.CallAsync("thread/name/set", new JsonObject { ["threadId"] = id, ["name"] = $"name {i}" });
        }

        foreach (var client in new[] { a, b })
        {
            for (var i = 1; i <= 3; i++)
            {
                var n = await client.WaitForNotificationAsync("thread/name/updated");
                ((string)n["params"]!["threadName"]!).Should().Be($"name {i}", "every subscriber sees every rename in order");
            }
        }

        // b leaves: it is dropped from the thread's subscribers; a keeps receiving.
        await b.CloseAsync();
        await a.CallAsync("thread/archive", new JsonObject { ["threadId"] = id });
        await a.WaitForNotificationAsync("thread/archived");
        await quiet.WaitForNotificationAsync("thread/archived");
        quiet.Notifications.Should().NotContain(n => (string?)n["method"] == "thread/name/updated");
    }

    [Fact]
    public async Task An_unsubscribed_idle_thread_is_unloaded_after_the_timeout()
    {
        var options = new TestServerOptions { Environment = { ["APPSERVER_THREAD_IDLE_TIMEOUT_MS"] = "300" } };
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;
        var kept = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
        var dropped = (string)(await client.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;

        (await client.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = dropped }))["status"]!.GetValue<string>().Should().Be("unsubscribed");
        var status = await client.WaitForNotificationAsync("thread/status/changed", TimeSpan.FromSeconds(10), n => (string?)n["params"]!["threadId"] == dropped);
        status["params"]!["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");
        await client.WaitForNotificationAsync("thread/closed", TimeSpan.FromSeconds(10), n => (string?)n["params"]!["threadId"] == dropped);

        (await ThreadLifecycleTests.LoadedIds(client)).Should().Equal(kept);
        (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = dropped }))["thread"]!["status"]!.ToJsonString()
            .Should().Be("{\"type\":\"notLoaded\"}");
    }
}
