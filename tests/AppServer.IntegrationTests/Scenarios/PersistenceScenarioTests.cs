using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario j_persistence, as our own test: a named thread with a turn survives a hard kill; after a
/// restart it is listed, readable, resumable, and its history goes upstream with the next turn.
/// </summary>
public sealed class PersistenceScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_thread_survives_a_kill_and_resumes(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions { DeleteOnDispose = false };
        string threadId, turnId;
        var (server, client) = await FakeModelRig.StartServerAsync(transport, fake, experimentalApi: false, options: options);
        await using (server)
        await using (client)
        {
            var s = new ScenarioSession(client, server, fake);
            threadId = await s.StartThreadAsync();
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("persisted reply", 4)));
            var (id, done, _) = await s.RunTurnAsync(threadId, "remember me");
            turnId = id;
            ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
            await s.CallAsync("thread/name/set", new JsonObject { ["threadId"] = threadId, ["name"] = "persist-name" });
            await s.AssertSchemaValidAsync();
            server.Kill();
            server.HasExited.Should().BeTrue("the first server is killed, no graceful shutdown");
        }

        try
        {
            await using var session2 = await ServerSession.StartAsync(transport, new TestServerOptions { CodexHomeOverride = options.CodexHome, WorkDir = options.WorkDir, HomeDir = options.HomeDir });
            var (server2, client2) = session2;
            var s = new ScenarioSession(client2, server2, fake);

            (await s.CallAsync("thread/loaded/list", new JsonObject()))["data"]!.AsArray().Should().BeEmpty("nothing is loaded after a restart");
            var listed = (await s.CallAsync("thread/list", new JsonObject()))["data"]!.AsArray();
            listed.Select(t => (string?)t!["id"]).Should().Equal(threadId);
            ((string)listed[0]!["preview"]!).Should().Be("remember me");
            listed[0]!["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");
            ((string)listed[0]!["name"]!).Should().Be("persist-name");

            var read = (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true }))["thread"]!;
            var turn = read["turns"]!.AsArray().Single()!;
            ((string)turn["id"]!).Should().Be(turnId);
            ((string)turn["status"]!).Should().Be("completed");
            turn["items"]!.AsArray().Select(i => ((string?)i!["type"], (string?)i["text"])).Should().Equal(("userMessage", null), ("agentMessage", "persisted reply"));
            ((string)turn["items"]![0]!["content"]![0]!["text"]!).Should().Be("remember me");
            read["status"]!.ToJsonString().Should().Be("{\"type\":\"notLoaded\"}");

            var resumed = await s.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });
            ((string)resumed["thread"]!["id"]!).Should().Be(threadId);
            resumed["thread"]!["turns"]!.AsArray().Select(t => (string?)t!["id"]).Should().Equal(turnId);
            ((string)resumed["model"]!).Should().Be("gpt-5.5");
            ((string)resumed["cwd"]!).Should().Be(options.WorkDir);
            (await s.CallAsync("thread/loaded/list", new JsonObject()))["data"]!.AsArray().Select(t => (string?)t).Should().Contain(threadId);

            fake.Enqueue(FakeResponse.Of(FakeItem.Message("I remember")));
            var (_, done, _) = await s.RunTurnAsync(threadId, "do you remember?");
            ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
            var messages = s.ModelRequests[^1].MessageTexts();
            messages.Should().Contain(("user", "remember me")).And.Contain(("assistant", "persisted reply"));
            messages[^1].Should().Be(("user", "do you remember?"));
            (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray().Should().HaveCount(2);

            await s.ExpectErrorAsync("thread/resume", new JsonObject { ["threadId"] = "01a2063c-6d1c-7f01-b6fe-4efc8d5c2990" }, -32600);
            await s.AssertSchemaValidAsync();
        }
        finally
        {
            Directory.Delete(options.Root, recursive: true);
        }
    }
}
