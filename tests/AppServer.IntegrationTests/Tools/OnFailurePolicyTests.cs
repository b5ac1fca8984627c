using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// <c>approval_policy = "on-failure"</c> (config only; the wire has no such value). The reference (0.169.0)
/// reads it as an alias of on-request: the session reports <c>on-request</c>, and a command the sandbox denied is
/// not retried and asks nothing: its failure goes back to the model.
/// </summary>
public sealed class OnFailurePolicyTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task On_failure_runs_as_on_request_and_a_sandbox_denial_goes_back_to_the_model(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport, topLevelConfig: "approval_policy = \"on-failure\"\nsandbox_mode = \"workspace-write\"\n");
        var (fake, server, client) = rig;
        var outside = Path.Combine(server.Options.Root, "outside");
        Directory.CreateDirectory(outside);
        var target = Path.Combine(outside, "x.txt");

        var started = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir });
        started["approvalPolicy"]!.GetValue<string>().Should().Be("on-request");
        var threadId = (string)started["thread"]!["id"]!;
        fake.Enqueue(FakeResponse.Of(Exec($"touch {target}", "call_denied")), FakeResponse.Of(FakeItem.Message("done")));
        var done = await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));

        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        ServerRequests(client).Should().BeEmpty("on-failure never asks to retry outside the sandbox");
        File.Exists(target).Should().BeFalse("the command is not re-run without the sandbox");
        Items(client, "item/started", "commandExecution").Should().ContainSingle("there is one attempt only");
        var item = Items(client, "item/completed", "commandExecution").Single()["params"]!["item"]!;
        item["status"]!.GetValue<string>().Should().Be("failed");
        item["exitCode"]!.GetValue<int>().Should().Be(1);
        item["aggregatedOutput"]!.GetValue<string>().Should().Contain("Read-only file system");
        ToolOutput(fake, "call_denied").Should().Contain("Process exited with code 1").And.Contain("Read-only file system");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task On_failure_on_the_wire_is_an_unknown_variant(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var response = await client.RequestAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["approvalPolicy"] = "on-failure" });
        response["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        response["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: unknown variant `on-failure`, expected one of `untrusted`, `on-request`, `granular`, `never`");
    }
}
