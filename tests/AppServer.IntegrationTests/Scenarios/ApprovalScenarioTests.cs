using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using AppServer.IntegrationTests.Tools;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario d_approval, as our own test: under <c>untrusted</c> + workspace-write a <c>touch</c> asks
/// for approval; accept runs it, decline does not, and the wire order is started → request → resolved → completed.
/// </summary>
public sealed class ApprovalScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Command_approval_accept_and_decline(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, experimentalApi: false);
        var s = new ScenarioSession(rig.Client, rig.Server, rig.Fake);
        var decisions = new Dictionary<string, string>();
        s.AnswerServerRequests(r => (string?)r["method"] == "item/commandExecution/requestApproval"
            ? new JsonObject { ["decision"] = decisions.GetValueOrDefault((string)r["params"]!["itemId"]!, "decline") }
            : new JsonObject());

        await OneCaseAsync(s, "accept", "accepted.txt", decisions);
        await OneCaseAsync(s, "decline", "declined.txt", decisions);

        // Under untrusted, a read-only `ls` asks too (the reference does); its output reaches the model.
        var threadId = await s.StartThreadAsync("untrusted", "workspace-write");
        decisions["call_ls"] = "accept";
        rig.Fake.Enqueue(FakeResponse.Of(AgentToolHarness.Exec("ls", "call_ls")), FakeResponse.Of(FakeItem.Message("listed")));
        var (_, done, _) = await s.RunTurnAsync(threadId, "list files");
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed");
        s.ToolOutput("call_ls").Should().Contain("accepted.txt");

        await s.AssertSchemaValidAsync();
    }

    private static async Task OneCaseAsync(ScenarioSession s, string decision, string file, Dictionary<string, string> decisions)
    {
        var threadId = await s.StartThreadAsync("untrusted", "workspace-write");
        var callId = "call_" + decision;
        decisions[callId] = decision;
        s.Fake!.Enqueue(FakeResponse.Of(AgentToolHarness.Exec($"touch {file}", callId)), FakeResponse.Of(FakeItem.Message($"after {decision}")));
        var mark = s.Client.Received.Count;
        var (turnId, done, _) = await s.RunTurnAsync(threadId, $"create {file}");
        ((string)done["params"]!["turn"]!["status"]!).Should().Be("completed", decision);
        var seq = s.Client.Received.Skip(mark).ToList();

        var started = seq.Single(m => (string?)m["method"] == "item/started" && (string?)m["params"]!["item"]!["type"] == "commandExecution");
        var completed = seq.Single(m => (string?)m["method"] == "item/completed" && (string?)m["params"]!["item"]!["type"] == "commandExecution");
        var request = seq.Single(m => (string?)m["method"] == "item/commandExecution/requestApproval" && m["id"] is not null);
        var item = started["params"]!["item"]!;
        ((string)item["id"]!).Should().Be(callId, "the item id is the model's call_id");
        ((string)item["status"]!).Should().Be("inProgress");
        ((string)item["command"]!).Should().Contain("touch").And.Contain(file);
        ((string)item["cwd"]!).Should().Be(s.Work);

        var p = request["params"]!;
        ((string)p["threadId"]!).Should().Be(threadId);
        ((string)p["turnId"]!).Should().Be(turnId);
        ((string)p["itemId"]!).Should().Be(callId);
        p["command"]!.ToJsonString().Should().Contain(file);
        p["availableDecisions"].Should().BeOfType<JsonArray>();

        var resolved = seq.Single(m => (string?)m["method"] == "serverRequest/resolved" && m["params"]!["requestId"]!.ToJsonString() == request["id"]!.ToJsonString());
        ((string)resolved["params"]!["threadId"]!).Should().Be(threadId);
        seq.IndexOf(started).Should().BeLessThan(seq.IndexOf(request));
        seq.IndexOf(request).Should().BeLessThan(seq.IndexOf(resolved));
        seq.IndexOf(resolved).Should().BeLessThan(seq.IndexOf(completed));
        var waiting = seq.FindIndex(m => (string?)m["method"] == "thread/status/changed"
            && (m["params"]!["status"]!["activeFlags"]?.AsArray().Any(f => (string?)f == "waitingOnApproval") ?? false));
        waiting.Should().BeInRange(0, seq.IndexOf(request), "the thread shows waitingOnApproval before the request");

        var final = completed["params"]!["item"]!;
        var output = s.ToolOutput(callId);
        var path = Path.Combine(s.Work, file);
        if (decision == "accept")
        {
            ((string)final["status"]!).Should().Be("completed");
            final["exitCode"]!.GetValue<int>().Should().Be(0);
            File.Exists(path).Should().BeTrue();
            output.Should().Contain("code 0");
        }
        else
        {
            ((string)final["status"]!).Should().Be("declined");
            final["exitCode"].Should().BeNull();
            File.Exists(path).Should().BeFalse();
            output!.ToLowerInvariant().Should().Contain("rejected");
        }
    }
}
