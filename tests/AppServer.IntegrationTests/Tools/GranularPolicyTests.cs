using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// Experimental <c>{"granular":{…}}</c> approval policy: the switches are read from the wire, echoed in full
/// (the reference's field order and defaults), kept across turn/start and thread/resume, and each disabled
/// switch turns its kind of prompt into a rejection, with the reference's texts.
/// </summary>
public sealed class GranularPolicyTests
{
    private const string EchoRule = "prefix_rule(pattern=[\"echo\"], decision=\"prompt\", justification=\"echo is loud\")\n";

    private static JsonObject Granular(bool sandboxApproval, bool rules) => new()
    {
        ["granular"] = new JsonObject { ["sandbox_approval"] = sandboxApproval, ["rules"] = rules, ["mcp_elicitations"] = true },
    };

    private static string Normalized(bool sandboxApproval, bool rules) =>
        $"{{\"granular\":{{\"sandbox_approval\":{(sandboxApproval ? "true" : "false")},\"rules\":{(rules ? "true" : "false")},\"skill_approval\":false,\"request_permissions\":false,\"mcp_elicitations\":true}}}}";

    private static FakeItem Escalated(string cmd, string callId) =>
        Exec(cmd, callId, new JsonObject { ["sandbox_permissions"] = "require_escalated", ["justification"] = "please?" });

    private static async Task<FakeModelRig> StartWithRuleAsync(string transport)
    {
        var rig = await FakeModelRig.StartAsync(transport);
        Directory.CreateDirectory(Path.Combine(rig.Server.CodexHome, "rules"));
        File.WriteAllText(Path.Combine(rig.Server.CodexHome, "rules", "t.rules"), EchoRule);
        return rig;
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Sandbox_approval_off_refuses_escalation_but_rules_still_ask(string transport)
    {
        await using var rig = await StartWithRuleAsync(transport);
        var (fake, server, client) = rig;
        var started = await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir, ["sandbox"] = "workspace-write", ["approvalPolicy"] = Granular(false, true) });
        started["approvalPolicy"]!.ToJsonString().Should().Be(Normalized(false, true));
        var threadId = (string)started["thread"]!["id"]!;
        fake.Enqueue(FakeResponse.Of(Escalated("touch esc.txt", "call_esc")), FakeResponse.Of(Exec("echo hi", "call_rule")), FakeResponse.Of(FakeItem.Message("done")));
        var turnId = await StartTurnAsync(client, threadId);

        var request = await client.WaitForServerRequestAsync();
        request["params"]!["itemId"]!.GetValue<string>().Should().Be("call_rule");
        request["params"]!["reason"]!.GetValue<string>().Should().EndWith(" -c 'echo hi'` requires approval: echo is loud");
        await client.RespondAsync(request["id"]!, new { decision = "accept" });
        await TurnCompletedAsync(client, turnId);

        const string name = "Granular(GranularApprovalConfig { sandbox_approval: false, rules: true, skill_approval: false, request_permissions: false, mcp_elicitations: true })";
        ToolOutput(fake, "call_esc").Should().Be($"approval policy is {name}; reject command — you cannot ask for escalated permissions if the approval policy is {name}");
        File.Exists(Path.Combine(server.WorkDir, "esc.txt")).Should().BeFalse();
        Items(client, "item/started", "commandExecution").Select(n => (string?)n["params"]!["item"]!["id"]).Should().Equal("call_rule");
        ToolOutput(fake, "call_rule").Should().Contain("Process exited with code 0");
        ServerRequests(client).Should().ContainSingle();

        var resumed = await client.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });
        resumed["approvalPolicy"]!.ToJsonString().Should().Be(Normalized(false, true));
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Rules_off_rejects_prompt_rules_but_escalation_still_asks_and_turn_start_can_switch(string transport)
    {
        await using var rig = await StartWithRuleAsync(transport);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "on-request");

        // turn/start sets the granular policy for this turn and the thread.
        fake.Enqueue(FakeResponse.Of(Exec("echo hi", "call_rule")), FakeResponse.Of(Escalated("touch esc.txt", "call_esc")), FakeResponse.Of(FakeItem.Message("done")));
        var turnId = (string)(await client.CallAsync("turn/start", new JsonObject
        {
            ["threadId"] = threadId,
            ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "go" }),
            ["approvalPolicy"] = Granular(true, false),
        }))["turn"]!["id"]!;
        var request = await client.WaitForServerRequestAsync();
        request["params"]!["itemId"]!.GetValue<string>().Should().Be("call_esc");
        request["params"]!["reason"]!.GetValue<string>().Should().Be("please?");
        await client.RespondAsync(request["id"]!, new { decision = "accept" });
        await TurnCompletedAsync(client, turnId);

        ToolOutput(fake, "call_rule").Should().Be("exec_command failed: CreateProcess { message: \"Rejected(\\\"approval required by policy rule, but AskForApproval::Granular.rules is false\\\")\" }");
        Items(client, "item/started", "commandExecution").Select(n => (string?)n["params"]!["item"]!["id"]).Should().Equal("call_esc");
        File.Exists(Path.Combine(server.WorkDir, "esc.txt")).Should().BeTrue();

        var resumed = await client.CallAsync("thread/resume", new JsonObject { ["threadId"] = threadId });
        resumed["approvalPolicy"]!.ToJsonString().Should().Be(Normalized(true, false));
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_granular_body_without_a_required_switch_is_refused_like_serde(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var response = await client.RequestAsync("thread/start", new JsonObject
        {
            ["cwd"] = server.WorkDir,
            ["approvalPolicy"] = new JsonObject { ["granular"] = new JsonObject { ["rules"] = true } },
        });
        response["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        response["error"]!["message"]!.GetValue<string>().Should().Be("Invalid request: missing field `sandbox_approval`");
    }
}
