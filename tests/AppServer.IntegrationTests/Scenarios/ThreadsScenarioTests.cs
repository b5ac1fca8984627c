using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario b_threads, as our own test: 30 threads with a real turn each, paged 7 at a time, read,
/// renamed, archived and unarchived, listed as loaded, unsubscribed.
/// </summary>
public sealed class ThreadsScenarioTests
{
    private const int Threads = 30;
    private const int Page = 7;

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Start_list_read_name_archive_and_unsubscribe(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);

        var start = await s.CallAsync("thread/start", new JsonObject { ["cwd"] = s.Work });
        var thread = start["thread"]!;
        var first = (string)thread["id"]!;
        first.Should().NotBeNullOrEmpty();
        thread["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");
        ((bool)thread["ephemeral"]!).Should().BeFalse();
        ((string)thread["preview"]!).Should().BeEmpty();
        ((string)thread["modelProvider"]!).Should().Be("mock");
        ((string)thread["cwd"]!).Should().Be(s.Work);
        thread["createdAt"]!.GetValue<long>().Should().BeGreaterThan(0, "createdAt is unix seconds");
        await s.Client.WaitForNotificationAsync("thread/started", where: n => (string?)n["params"]!["thread"]!["id"] == first);
        (await ListAsync(s, new JsonObject { ["limit"] = 50 })).Should().NotContain(first, "a thread with no turn is not listed");

        var created = new List<string>();
        for (var i = 0; i < Threads; i++)
        {
            var id = i == 0 ? first : await s.StartThreadAsync();
            rig.Fake.Enqueue(FakeResponse.Of(FakeItem.Message($"reply {i}")));
            var (_, completed, _) = await s.RunTurnAsync(id, $"prompt number {i:00}");
            ((string)completed["params"]!["turn"]!["status"]!).Should().Be("completed");
            created.Add(id);
        }

        var (ids, pages) = await ListAllAsync(s, new JsonObject());
        ids.Should().HaveCount(Threads).And.OnlyHaveUniqueItems();
        ids.Should().Equal(Enumerable.Reverse(created), "newest first");
        pages.Should().HaveCount((Threads + Page - 1) / Page).And.OnlyContain(p => p["data"]!.AsArray().Count <= Page);
        pages[^1]["nextCursor"].Should().BeNull();
        var all = pages.SelectMany(p => p["data"]!.AsArray()).ToList();
        all.Select(t => t!["createdAt"]!.GetValue<long>()).Should().BeInDescendingOrder();
        var third = all.Single(t => (string?)t!["id"] == created[3])!;
        ((string)third["preview"]!).Should().Be("prompt number 03");
        third["status"]!.ToJsonString().Should().Be("{\"type\":\"idle\"}");

        var read = (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = created[5] }))["thread"]!;
        ((string)read["id"]!).Should().Be(created[5]);
        ((string)read["preview"]!).Should().Be("prompt number 05");
        read["turns"]!.AsArray().Should().BeEmpty("without includeTurns");
        var turns = (await s.CallAsync("thread/read", new JsonObject { ["threadId"] = created[5], ["includeTurns"] = true }))["thread"]!["turns"]!.AsArray();
        turns.Should().ContainSingle();
        turns[0]!["items"]!.AsArray().Select(i => (string?)i!["type"]).Should().Equal("userMessage", "agentMessage");
        ((string)turns[0]!["items"]![1]!["text"]!).Should().Be("reply 5");
        ((string)turns[0]!["status"]!).Should().Be("completed");
        await s.ExpectErrorAsync("thread/read", new JsonObject { ["threadId"] = "not-a-uuid" }, -32600);

        (await s.CallAsync("thread/name/set", new JsonObject { ["threadId"] = created[2], ["name"] = "Renamed thread" })).ToJsonString().Should().Be("{}");
        var named = await s.Client.WaitForNotificationAsync("thread/name/updated", where: n => (string?)n["params"]!["threadId"] == created[2]);
        ((string)named["params"]!["threadName"]!).Should().Be("Renamed thread");
        ((string)(await s.CallAsync("thread/read", new JsonObject { ["threadId"] = created[2] }))["thread"]!["name"]!).Should().Be("Renamed thread");
        var listed = (await s.CallAsync("thread/list", new JsonObject { ["limit"] = 50 }))["data"]!.AsArray();
        ((string)listed.Single(t => (string?)t!["id"] == created[2])!["name"]!).Should().Be("Renamed thread");

        var victim = created[7];
        var mark = s.Client.Notifications.Count;
        (await s.CallAsync("thread/archive", new JsonObject { ["threadId"] = victim })).ToJsonString().Should().Be("{}");
        await s.Client.WaitForNotificationAsync("thread/archived", where: n => (string?)n["params"]!["threadId"] == victim);
        s.Find("thread/status/changed", mark, p => (string?)p["threadId"] == victim).Last()["params"]!["status"]!.ToJsonString()
            .Should().Be("{\"type\":\"notLoaded\"}", "archiving unloads the thread");
        (await ListAllAsync(s, new JsonObject())).Ids.Should().HaveCount(Threads - 1).And.NotContain(victim);
        (await ListAllAsync(s, new JsonObject { ["archived"] = true })).Ids.Should().Equal(victim);
        (await LoadedAsync(s)).Should().NotContain(victim);

        var unarchived = await s.CallAsync("thread/unarchive", new JsonObject { ["threadId"] = victim });
        ((string)unarchived["thread"]!["id"]!).Should().Be(victim);
        await s.Client.WaitForNotificationAsync("thread/unarchived", where: n => (string?)n["params"]!["threadId"] == victim);
        (await ListAllAsync(s, new JsonObject())).Ids.Should().HaveCount(Threads).And.Contain(victim);
        (await ListAllAsync(s, new JsonObject { ["archived"] = true })).Ids.Should().BeEmpty();

        (await LoadedAsync(s)).Should().BeEquivalentTo(created.Where(id => id != victim), "the threads started on this connection, less the archived one");

        ((string)(await s.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = created[4] }))["status"]!).Should().Be("unsubscribed");
        ((string)(await s.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = created[4] }))["status"]!).Should().Be("notSubscribed");
        ((string)(await s.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = victim }))["status"]!).Should().Be("notLoaded");
        (await LoadedAsync(s)).Should().Contain(created[4], "an unsubscribed thread stays loaded until the idle timeout");

        await s.AssertSchemaValidAsync();
    }

    private static async Task<List<string>> ListAsync(ScenarioSession s, JsonObject p)
        => (await s.CallAsync("thread/list", p))["data"]!.AsArray().Select(t => (string)t!["id"]!).ToList();

    private static async Task<List<string>> LoadedAsync(ScenarioSession s)
        => (await s.CallAsync("thread/loaded/list", new JsonObject()))["data"]!.AsArray().Select(t => (string)t!).ToList();

    private static async Task<(List<string> Ids, List<JsonNode> Pages)> ListAllAsync(ScenarioSession s, JsonObject filter)
    {
        var ids = new List<string>();
        var pages = new List<JsonNode>();
        string? cursor = null;
        for (var i = 0; i < 20; i++)
        {
            var p = (JsonObject)filter.DeepClone();
            p["limit"] = Page;
            if (cursor is not null)
            {
                p["cursor"] = cursor;
            }

            var page = await s.CallAsync("thread/list", p);
            pages.Add(page);
            ids.AddRange(page["data"]!.AsArray().Select(t => (string)t!["id"]!));
            cursor = (string?)page["nextCursor"];
            if (cursor is null)
            {
                break;
            }
        }

        return (ids, pages);
    }
}
