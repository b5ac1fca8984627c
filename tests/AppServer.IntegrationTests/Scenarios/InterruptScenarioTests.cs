using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario f_interrupt, as our own test: interrupting a stalled stream completes the turn as
/// interrupted promptly, drops the upstream stream, is stored, and the next turn tells the model.
/// </summary>
public sealed class InterruptScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Interrupt_a_stalled_stream_then_continue(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);
        var threadId = await s.StartThreadAsync();
        rig.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("partial answer that never finishes", 6, stallAfter: 3)));
        var mark = s.Client.Notifications.Count;
        var turnId = (string)(await s.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "go slowly" }),
        }))["turn"]!["id"]!;
        for (var i = 0; i < 3; i++)
        {
            await s.Client.WaitForNotificationAsync("item/agentMessage/delta");
        }

        await WaitUntilAsync(() => rig.Fake.IsStalled, "the fake model stalls mid-stream");
        await Task.Delay(300);
        s.Find("turn/completed", mark).Should().BeEmpty("the turn keeps running while the model stalls");

        await s.ExpectErrorAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = "00000000-0000-7000-8000-000000000000" }, -32600);
        var clock = Stopwatch.StartNew();
        (await s.CallAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = turnId })).ToJsonString().Should().Be("{}");
        var done = await s.Client.WaitForNotificationAsync("turn/completed", TimeSpan.FromSeconds(10), n => (string?)n["params"]!["turn"]!["id"] == turnId);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("interrupted");
        done["params"]!["turn"]!["error"].Should().BeNull();
        s.Find("thread/status/changed", mark, p => (string?)p["threadId"] == threadId).Last()["params"]!["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");
        s.Find("item/agentMessage/delta", mark).Should().HaveCount(3, "only the deltas sent before the stall");
        await WaitUntilAsync(() => !rig.Fake.IsStalled, "the server drops the upstream stream");

        await s.ExpectErrorAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = turnId }, -32600);
        (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray()
            .Select(t => (string?)t!["status"]).Should().Equal("interrupted");

        rig.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("fresh answer")));
        var (_, next, _) = await s.RunTurnAsync(threadId, "try again");
        ((string)next["params"]!["turn"]!["status"]!).Should().Be("completed");
        var users = s.ModelRequests[^1].MessageTexts().Where(t => t.Role == "user").Select(t => t.Text).ToList();
        users.Should().Contain(t => t.Contains("turn_aborted") || t.Contains("interrupted"), "the model is told the previous turn was interrupted");
        users[^1].Should().Be("try again");

        await s.AssertSchemaValidAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, what);
            await Task.Delay(50);
        }
    }
}
