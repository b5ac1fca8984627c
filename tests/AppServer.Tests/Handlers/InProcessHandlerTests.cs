using System.Text.Json.Nodes;
using AppServer.Testing;
using AppServer.Testing.FakeModel;

namespace AppServer.Tests.Handlers;

/// <summary>
/// Handlers on the in-process tier: the server's real services over an in-memory connection, no process
/// spawned. What is asserted is still what a client sees (messages) and what is left on disk.
/// </summary>
public sealed class InProcessHandlerTests
{
    private static async Task ExpectErrorAsync(RpcClient client, string method, JsonObject request, int code, string message)
    {
        var response = await client.RequestAsync(method, request);
        response["error"].Should().NotBeNull($"{method} {request.ToJsonString()} should fail");
        response["error"]!["code"]!.GetValue<int>().Should().Be(code);
        response["error"]!["message"]!.GetValue<string>().Should().Be(message);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_and_initialize_names_the_given_home()
    {
        await using var session = await ServerSession.StartAsync(ServerTransport.InProcess, initialize: false);

        await ExpectErrorAsync(session.Client, "config/read", new JsonObject(), -32600, "Not initialized");
        var result = await session.Client.InitializeAsync();
        result["codexHome"]!.GetValue<string>().Should().Be(session.CodexHome, "the home is passed in, not read from CODEX_HOME");
        await ExpectErrorAsync(session.Client, "initialize", new JsonObject { ["clientInfo"] = new JsonObject { ["name"] = "again", ["version"] = "1" } }, -32600, "Already initialized");
    }

    [Fact]
    public async Task Config_read_reports_the_user_file_the_session_flags_and_the_given_system_folder()
    {
        var options = new TestServerOptions { ExtraArgs = ["-c", "model_verbosity=\"high\""] };
        Directory.CreateDirectory(options.CodexHome);
        var userFile = Path.Combine(options.CodexHome, "config.toml");
        File.WriteAllText(userFile, "model = \"gpt-in-process\"\n");
        await using var session = await ServerSession.StartAsync(ServerTransport.InProcess, options);

        var read = await session.Client.CallAsync("config/read", new JsonObject { ["includeLayers"] = true });

        read["config"]!["model"]!.GetValue<string>().Should().Be("gpt-in-process");
        read["origins"]!["model"]!["name"]!["file"]!.GetValue<string>().Should().Be(userFile);
        read["config"]!["model_verbosity"]!.GetValue<string>().Should().Be("high");
        read["origins"]!["model_verbosity"]!["name"]!["type"]!.GetValue<string>().Should().Be("sessionFlags");
        var layers = read["layers"]!.AsArray();
        layers.Select(l => l!["name"]!["type"]!.GetValue<string>()).Should().Equal("sessionFlags", "user", "system");
        layers[2]!["name"]!["file"]!.GetValue<string>().Should().Be(Path.Combine(options.SystemConfigDir, "config.toml"), "tests never read /etc/codex");
    }

    [Fact]
    public async Task Thread_start_answers_then_announces_stores_and_reads_back()
    {
        await using var session = await ServerSession.StartAsync(ServerTransport.InProcess);
        var client = session.Client;

        var started = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = session.WorkDir });
        var id = started["thread"]!["id"]!.GetValue<string>();
        started["cwd"]!.GetValue<string>().Should().Be(session.WorkDir);

        var announced = await client.WaitForNotificationAsync("thread/started");
        announced["params"]!["thread"]!["id"]!.GetValue<string>().Should().Be(id);
        var received = client.Received.ToList();
        received.FindIndex(m => (string?)m["method"] == "thread/started")
            .Should().BeGreaterThan(received.FindIndex(m => m["method"] is null && (string?)m["result"]?["thread"]?["id"] == id), "the answer comes before the announcement");

        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id });
        read["thread"]!["id"]!.GetValue<string>().Should().Be(id);
        read["thread"]!["cwd"]!.GetValue<string>().Should().Be(session.WorkDir);
        File.Exists(Path.Combine(session.CodexHome, "appserver.sqlite")).Should().BeTrue("threads live in the given home's database");
        await ExpectErrorAsync(client, "thread/read", new JsonObject { ["threadId"] = "not-a-thread" }, -32600, "invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1");
    }

    [Fact]
    public async Task A_second_connection_has_its_own_handshake_and_sees_the_same_threads()
    {
        await using var session = await ServerSession.StartAsync(ServerTransport.InProcess);
        var id = await session.Client.StartThreadAsync(session.WorkDir);

        await using var second = session.InProcess!.Connect();
        await ExpectErrorAsync(second, "thread/loaded/list", new JsonObject(), -32600, "Not initialized");
        await second.InitializeAsync();
        var loaded = await second.CallAsync("thread/loaded/list", new JsonObject());
        loaded["data"]!.AsArray().Select(n => (string)n!).Should().Equal(id);
    }

    [Theory]
    [InlineData("inproc")]
    [InlineData("stdio")]
    public async Task Fs_writes_reads_and_fails_alike_on_both_tiers(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (client, w) = (session.Client, session.WorkDir);

        var data = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        await client.CallAsync("fs/writeFile", new JsonObject { ["path"] = $"{w}/bin.dat", ["dataBase64"] = Convert.ToBase64String(data) });
        File.ReadAllBytes($"{w}/bin.dat").Should().Equal(data);
        var read = await client.CallAsync("fs/readFile", new JsonObject { ["path"] = $"{w}/sub/../bin.dat" });
        Convert.FromBase64String(read["dataBase64"]!.GetValue<string>()).Should().Equal(data);

        await ExpectErrorAsync(client, "fs/readFile", new JsonObject { ["path"] = $"{w}/missing" }, -32603, "No such file or directory (os error 2)");
        await ExpectErrorAsync(client, "fs/readFile", new JsonObject { ["path"] = "relative/file" }, -32600, "Invalid request: AbsolutePathBuf deserialized without a base path");
        await ExpectErrorAsync(client, "fs/writeFile", new JsonObject { ["path"] = $"{w}/x", ["dataBase64"] = "!!!" }, -32600, "fs/writeFile requires valid base64 dataBase64: Invalid symbol 33, offset 0.");
    }

    [Fact]
    public async Task Bad_params_and_unknown_methods_get_the_reference_errors_and_the_connection_carries_on()
    {
        await using var session = await ServerSession.StartAsync(ServerTransport.InProcess);
        var client = session.Client;

        await ExpectErrorAsync(client, "thread/start", JsonNode.Parse("""{"historyMode":"bogus"}""")!.AsObject(), -32600, "Invalid request: unknown variant `bogus`, expected `legacy` or `paginated`");
        var unknown = await client.RequestAsync("no/such/method", new JsonObject());
        unknown["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        await client.SendRawAsync("{not json");

        (await client.CallAsync("config/read", new JsonObject()))["config"].Should().NotBeNull("a bad message does not end the connection");
    }

    [Fact]
    public async Task A_turn_runs_against_the_fake_model_without_a_server_process()
    {
        await using var rig = await FakeModelRig.StartAsync("inproc");
        var (fake, client) = (rig.Fake, rig.Client);
        var threadId = await client.StartThreadAsync(rig.Session.WorkDir);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message("hello from the fake")));

        var done = await client.RunTurnAsync(threadId, "say hello");

        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        client.Notifications.Where(n => (string?)n["method"] == "item/completed" && (string?)n["params"]!["item"]!["type"] == "agentMessage")
            .Select(n => n["params"]!["item"]!["text"]!.GetValue<string>()).Should().Equal("hello from the fake");
        (await fake.WaitForRequestsAsync(1))[0].MessageTexts().Last().Should().Be(("user", "say hello"));
    }
}
