using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;

namespace AppServer.IntegrationTests.Threads;

/// <summary>
/// Read receipts and the experimental thread fields, as the reference reports them: <c>thread/list</c> carries
/// <c>readStates</c> for threads with history, <c>thread/read</c> a <c>readState</c>, and a loaded thread its
/// <c>local</c> environment.
/// </summary>
public sealed class ThreadReadStateTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task List_and_read_report_the_read_receipt_that_update_changes(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport,
            options: new TestServerOptions { Environment = { ["APPSERVER_THREAD_IDLE_TIMEOUT_MS"] = "300" } });
        var (fake, server, client) = rig;

        var thread = (await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!;
        var threadId = (string)thread["id"]!;
        var environment = thread["environments"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)environment["environmentId"]!).Should().Be("local");
        ((string)environment["cwd"]!).Should().Be(server.WorkDir);
        ((bool)thread["canAcceptDirectInput"]!).Should().BeTrue();

        var empty = await client.CallAsync("thread/list", new JsonObject());
        empty["readStates"]!.AsObject().Should().BeEmpty("a thread without history has no receipt");

        fake.Enqueue(FakeResponse.Of(new FakeUsage(10, 0, 5, 0), FakeItem.Message("hi", 1)));
        var turnId = (string)(await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "hello" }),
        }))["turn"]!["id"]!;
        await client.WaitForNotificationAsync("turn/completed");

        var listed = (await client.CallAsync("thread/list", new JsonObject()))["readStates"]![threadId]!;
        ((string)listed["firstUnread"]!["type"]!).Should().Be("turn");
        ((string)listed["firstUnread"]!["turnId"]!).Should().Be(turnId, "the finished turn has not been read");
        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId });
        ((string)read["readState"]!["revision"]!).Should().Be((string)listed["revision"]!);

        await client.CallAsync("thread/readState/update", new JsonObject
        {
            ["threadId"] = threadId,
            ["expectedRevision"] = (string)listed["revision"]!,
            ["operation"] = new JsonObject { ["type"] = "read" },
        });
        var after = (await client.CallAsync("thread/list", new JsonObject()))["readStates"]![threadId]!;
        after["firstUnread"].Should().BeNull();
        ((string)after["revision"]!).Should().NotBe((string)listed["revision"]!);

        await client.CallAsync("thread/unsubscribe", new JsonObject { ["threadId"] = threadId });
        await client.WaitForNotificationAsync("thread/closed");
        var unloaded = (await client.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId }))["thread"]!;
        unloaded["environments"].Should().BeNull("an unloaded thread has no runtime");
        unloaded["canAcceptDirectInput"].Should().BeNull();
    }
}
