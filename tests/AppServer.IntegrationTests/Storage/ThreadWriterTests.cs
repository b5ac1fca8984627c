using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Storage;

/// <summary>
/// Two servers on one <c>CODEX_HOME</c> (an IDE and a terminal): a thread has one writer process at a time.
/// The other server can list, read and fork it, but resuming or archiving it gets the reference's
/// <c>thread &lt;id&gt; already has an active writer</c> until the writer is gone (exited or killed).
/// </summary>
public sealed class ThreadWriterTests
{
    [Theory]
    [InlineData("exit")]
    [InlineData("kill")]
    public async Task A_second_server_cannot_resume_a_thread_until_its_writer_is_gone(string howTheFirstEnds)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var first = new TestServerOptions { DeleteOnDispose = false };
        await using var sessionA = await ServerSession.StartAsync("stdio", first, experimentalApi: true, fake: fake);
        var (serverA, clientA) = sessionA;
        await using var sessionB = await ServerSession.StartAsync("stdio", new TestServerOptions { CodexHomeOverride = first.CodexHome }, experimentalApi: true, fake: fake);
        var (serverB, clientB) = sessionB;
        try
        {
            var id = (string)(await clientA.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("first answer")));
            await clientA.RunTurnAsync(id, "first question");

            var refused = await clientB.RequestAsync("thread/resume", new JsonObject { ["threadId"] = id });
            refused["error"].Should().NotBeNull("only one server may write a thread");
            refused["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
            refused["error"]!["message"]!.GetValue<string>().Should().Be($"thread {id} already has an active writer");
            var archive = await clientB.RequestAsync("thread/archive", new JsonObject { ["threadId"] = id });
            archive["error"]!["message"]!.GetValue<string>().Should().Be($"thread {id} already has an active writer");

            // Reading stays possible from both servers.
            foreach (var client in new[] { clientA, clientB })
            {
                var listed = (await client.CallAsync("thread/list", new JsonObject()))["data"]!.AsArray();
                listed.Select(t => (string)t!["id"]!).Should().Contain(id);
                var read = (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!;
                read["turns"]!.AsArray().Should().ContainSingle().Which!["status"]!.GetValue<string>().Should().Be("completed");
            }

            // A fork is a new thread, written by the server that made it.
            var fork = (string)(await clientB.CallAsync("thread/fork", new JsonObject { ["threadId"] = id }))["thread"]!["id"]!;
            (await clientA.RequestAsync("thread/resume", new JsonObject { ["threadId"] = fork }))["error"]!["message"]!.GetValue<string>()
                .Should().Be($"thread {fork} already has an active writer");

            // The writer keeps writing while the other server is refused.
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("second answer")));
            await clientA.RunTurnAsync(id, "second question");

            if (howTheFirstEnds == "exit")
            {
                await clientA.CloseAsync();
                (await serverA.WaitForExitAsync(TimeSpan.FromSeconds(20))).Should().Be(0);
            }
            else
            {
                serverA.Kill();
            }

            var resumed = await clientB.CallAsync("thread/resume", new JsonObject { ["threadId"] = id });
            resumed["thread"]!["turns"]!.AsArray().Should().HaveCount(2);
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("third answer")));
            await clientB.RunTurnAsync(id, "third question");

            // Nothing lost, nothing interleaved: the model saw both earlier turns, in order, then the new question.
            string[] turnTexts = ["first question", "first answer", "second question", "second answer", "third question"];
            var texts = fake.Requests[^1].MessageTexts().Where(m => turnTexts.Contains(m.Text)).ToList();
            texts.Should().Equal(
                ("user", "first question"), ("assistant", "first answer"),
                ("user", "second question"), ("assistant", "second answer"),
                ("user", "third question"));
            var turns = (await clientB.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray();
            turns.Select(t => (string)t!["status"]!).Should().Equal("completed", "completed", "completed");
        }
        finally
        {
            Directory.Delete(first.Root, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_server_starting_up_leaves_the_first_servers_running_turn_alone()
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var first = new TestServerOptions { DeleteOnDispose = false };
        await using var sessionA = await ServerSession.StartAsync("stdio", first, experimentalApi: true, fake: fake);
        var (serverA, clientA) = sessionA;
        try
        {
            var id = (string)(await clientA.CallAsync("thread/start", new JsonObject()))["thread"]!["id"]!;
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("slow answer", deltas: 4, stallAfter: 2)));
            var turnId = (string)(await clientA.CallAsync("turn/start", Input(id, "slow question")))["turn"]!["id"]!;
            await fake.WaitForRequestsAsync(1);
            await clientA.WaitForNotificationAsync("item/agentMessage/delta");

            // A server that starts now must not take A's running turn for a crash leftover.
            await using var sessionB = await ServerSession.StartAsync("stdio", new TestServerOptions { CodexHomeOverride = first.CodexHome }, experimentalApi: true, fake: fake);
            var (serverB, clientB) = sessionB;
            var read = (await clientB.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!;
            read["turns"]!.AsArray().Single()!["status"]!.GetValue<string>().Should().Be("inProgress");

            fake.Release();
            var done = await clientA.WaitForNotificationAsync("turn/completed");
            done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
            read = (await clientB.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!;
            read["turns"]!.AsArray().Single()!["id"]!.GetValue<string>().Should().Be(turnId);
            read["turns"]!.AsArray().Single()!["status"]!.GetValue<string>().Should().Be("completed");

            // After a crash, the next server does mark it: a killed writer's turn is interrupted.
            fake.Enqueue(FakeResponse.Of(FakeItem.Message("never finished", deltas: 4, stallAfter: 1)));
            await clientA.CallAsync("turn/start", Input(id, "another"));
            await clientA.WaitForNotificationAsync("item/agentMessage/delta");
            serverA.Kill();
            await using var sessionC = await ServerSession.StartAsync("stdio", new TestServerOptions { CodexHomeOverride = first.CodexHome }, experimentalApi: true, fake: fake);
            var (serverC, clientC) = sessionC;
            read = (await clientC.CallAsync("thread/read", new JsonObject { ["threadId"] = id, ["includeTurns"] = true }))["thread"]!;
            read["turns"]!.AsArray().Select(t => (string)t!["status"]!).Should().Equal("completed", "interrupted");
            fake.Release();
        }
        finally
        {
            Directory.Delete(first.Root, recursive: true);
        }
    }

    internal static JsonObject Input(string threadId, string text) => new()
    {
        ["threadId"] = threadId,
        ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
    };
}
