using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// A process started by exec_command that outlives its turn. Like the reference (observed: a session polled
/// or written to from a later turn), its output deltas and its <c>item/completed</c> carry the turn that
/// started it, and the stored item stays in that turn, even when a later turn's write_stdin drives it to exit;
/// only the <c>terminalInteraction</c> of that write carries the later turn.
/// </summary>
public sealed class BackgroundProcessTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_session_finished_from_a_later_turn_completes_in_the_turn_that_started_it(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "never");

        // Turn 1 leaves a PTY process waiting for a line.
        fake.Enqueue(FakeResponse.Of(Exec("read line; echo \"got:$line\"", "call_bg", new JsonObject { ["tty"] = true, ["yield_time_ms"] = 500 })), FakeResponse.Of(FakeItem.Message("started")));
        var turn1 = await StartTurnAsync(client, threadId, "start it");
        await TurnCompletedAsync(client, turn1);
        ToolOutput(fake, "call_bg").Should().Contain("Process running with session ID 1");
        Items(client, "item/completed", "commandExecution").Should().BeEmpty("the process is still running");

        // Turn 2 writes the line; the process prints and exits during that call.
        fake.Enqueue(FakeResponse.Of(FakeItem.FunctionCall("write_stdin", """{"session_id":1,"chars":"hello\n","yield_time_ms":5000}""", "call_w")), FakeResponse.Of(FakeItem.Message("done")));
        var turn2 = await StartTurnAsync(client, threadId, "finish it");
        await TurnCompletedAsync(client, turn2);
        ToolOutput(fake, "call_w").Should().Contain("got:hello").And.Contain("Process exited with code 0");

        var completed = Items(client, "item/completed", "commandExecution").Single()["params"]!;
        completed["turnId"]!.GetValue<string>().Should().Be(turn1);
        completed["item"]!["status"]!.GetValue<string>().Should().Be("completed");
        completed["item"]!["aggregatedOutput"]!.GetValue<string>().Should().Contain("got:hello");
        var deltas = client.Notifications.Where(n => (string?)n["method"] == "item/commandExecution/outputDelta" && (string?)n["params"]!["itemId"] == "call_bg").ToList();
        deltas.Should().NotBeEmpty();
        deltas.Select(n => (string?)n["params"]!["turnId"]).Should().OnlyContain(t => t == turn1);
        var interaction = client.Notifications.Single(n => (string?)n["method"] == "item/commandExecution/terminalInteraction")["params"]!;
        interaction["turnId"]!.GetValue<string>().Should().Be(turn2, "the write itself belongs to the turn that made it");

        var read = await client.CallAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true });
        var turns = read["thread"]!["turns"]!.AsArray();
        JsonNode? Command(int index) => turns[index]!["items"]!.AsArray().SingleOrDefault(i => (string?)i!["type"] == "commandExecution");
        Command(0)!["id"]!.GetValue<string>().Should().Be("call_bg");
        Command(0)!["status"]!.GetValue<string>().Should().Be("completed");
        Command(1).Should().BeNull("the item belongs to the turn that started the process");
    }
}
