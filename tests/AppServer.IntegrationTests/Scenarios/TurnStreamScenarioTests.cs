using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario c_turn_stream, as our own test: a streamed reasoning summary and a 50-delta answer, token
/// usage, the stored turn, and the history re-sent upstream on the next turn.
/// </summary>
public sealed class TurnStreamScenarioTests
{
    private static readonly string Text = string.Join(" ", Enumerable.Repeat("The quick brown fox jumps over the lazy dog.", 6)) + " END";

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Streamed_turn_items_usage_and_history(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);
        var threadId = await s.StartThreadAsync();
        rig.Fake.Enqueue(FakeResponse.Of(new FakeUsage(1234, 56, 200, 7), FakeItem.Reasoning(["Planning the answer"], 4), FakeItem.Message(Text, 50)));

        var mark = s.Client.Notifications.Count;
        var turn = (await s.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Tell me about foxes" }),
        }))["turn"]!;
        ((string)turn["status"]!).Should().Be("inProgress");
        turn["items"]!.AsArray().Should().BeEmpty();
        var turnId = (string)turn["id"]!;
        var done = await s.Client.WaitForNotificationAsync("turn/completed", where: n => (string?)n["params"]!["turn"]!["id"] == turnId);
        var notes = s.Client.Notifications.Skip(mark).ToList();
        var methods = notes.Select(n => (string)n["method"]!).ToList();

        var started = s.Find("turn/started", mark).Single();
        ((string)started["params"]!["turn"]!["id"]!).Should().Be(turnId);
        ((string)started["params"]!["turn"]!["status"]!).Should().Be("inProgress");
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
        ((string)done["params"]!["threadId"]!).Should().Be(threadId);
        done["params"]!["turn"]!["error"].Should().BeNull();
        methods.IndexOf("turn/started").Should().BeLessThan(methods.IndexOf("item/started"));

        var user = s.Find("item/started", mark, p => (string?)p["item"]!["type"] == "userMessage").Single();
        ((string)user["params"]!["item"]!["content"]![0]!["text"]!).Should().Be("Tell me about foxes");

        s.Find("item/started", mark, p => (string?)p["item"]!["type"] == "reasoning").Should().ContainSingle();
        var reasoningDeltas = s.Find("item/reasoning/summaryTextDelta", mark);
        reasoningDeltas.Should().HaveCount(4);
        string.Concat(reasoningDeltas.Select(d => (string)d["params"]!["delta"]!)).Should().Be("Planning the answer");
        s.Find("item/reasoning/summaryPartAdded", mark).Should().NotBeEmpty();
        s.Find("item/completed", mark, p => (string?)p["item"]!["type"] == "reasoning").Single()["params"]!["item"]!["summary"]!.ToJsonString()
            .Should().Be("[\"Planning the answer\"]");

        var messageStarted = s.Find("item/started", mark, p => (string?)p["item"]!["type"] == "agentMessage").Single();
        var messageCompleted = s.Find("item/completed", mark, p => (string?)p["item"]!["type"] == "agentMessage").Single();
        var deltas = s.Find("item/agentMessage/delta", mark);
        var itemId = (string)messageStarted["params"]!["item"]!["id"]!;
        ((string)messageStarted["params"]!["item"]!["text"]!).Should().BeEmpty();
        deltas.Should().HaveCount(50);
        deltas.Should().OnlyContain(d => (string?)d["params"]!["itemId"] == itemId && (string?)d["params"]!["turnId"] == turnId && (string?)d["params"]!["threadId"] == threadId);
        string.Concat(deltas.Select(d => (string)d["params"]!["delta"]!)).Should().Be(Text);
        ((string)messageCompleted["params"]!["item"]!["text"]!).Should().Be(Text);
        ((string)messageCompleted["params"]!["item"]!["id"]!).Should().Be(itemId);
        notes.IndexOf(messageStarted).Should().BeLessThan(deltas.Min(notes.IndexOf));
        deltas.Max(notes.IndexOf).Should().BeLessThan(notes.IndexOf(messageCompleted));
        notes.IndexOf(messageCompleted).Should().BeLessThan(notes.IndexOf(done));

        var usageNote = s.Find("thread/tokenUsage/updated", mark).Last();
        var usage = usageNote["params"]!["tokenUsage"]!;
        usage["last"]!["inputTokens"]!.GetValue<long>().Should().Be(1234);
        usage["last"]!["outputTokens"]!.GetValue<long>().Should().Be(56);
        usage["last"]!["cachedInputTokens"]!.GetValue<long>().Should().Be(200);
        usage["last"]!["reasoningOutputTokens"]!.GetValue<long>().Should().Be(7);
        usage["last"]!["totalTokens"]!.GetValue<long>().Should().Be(1290);
        usage["total"]!["totalTokens"]!.GetValue<long>().Should().Be(1290);
        notes.IndexOf(usageNote).Should().BeLessThan(notes.IndexOf(done));
        s.Find("thread/status/changed", mark, p => (string?)p["status"]!["type"] == "active").Should().NotBeEmpty();
        done["params"]!["turn"]!["items"]!.AsArray().Should().Contain(i => (string?)i!["type"] == "agentMessage" && (string?)i["text"] == Text);

        var request = s.ModelRequests.Single();
        ((string)request.Body!["model"]!).Should().Be("gpt-5.5");
        ((bool)request.Body["stream"]!).Should().BeTrue();
        request.MessageTexts().Where(t => t.Role == "user").Select(t => t.Text).Last().Should().Be("Tell me about foxes");
        request.Body["tools"]!.AsArray().Select(t => (string?)t!["name"]).Should().Contain(["exec_command", "apply_patch"]);

        var stored = (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray().Single()!;
        stored["items"]!.AsArray().Select(i => (string?)i!["type"]).Should().Contain(["userMessage", "agentMessage"]);
        ((string)stored["items"]!.AsArray().First(i => (string?)i!["type"] == "agentMessage")!["text"]!).Should().Be(Text);
        ((string)stored["id"]!).Should().Be(turnId);
        ((string)stored["status"]!).Should().Be("completed");

        rig.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("second answer", 3)));
        var afterFirst = s.Client.Notifications.Count;
        var (_, second, _) = await s.RunTurnAsync(threadId, "And about dogs?");
        ((string)second["params"]!["turn"]!["status"]!).Should().Be("completed");
        var secondRequest = s.ModelRequests[1];
        secondRequest.MessageTexts().Where(t => t.Role == "user").Select(t => t.Text).TakeLast(2).Should().Equal("Tell me about foxes", "And about dogs?");
        secondRequest.MessageTexts().Should().Contain(("assistant", Text));
        s.Find("thread/tokenUsage/updated", afterFirst).Last()["params"]!["tokenUsage"]!["total"]!["totalTokens"]!.GetValue<long>()
            .Should().Be(1290 + FakeUsage.Default.Input + FakeUsage.Default.Output, "the total accumulates across turns");

        await s.AssertSchemaValidAsync();
    }
}
