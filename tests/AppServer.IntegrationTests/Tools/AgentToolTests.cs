using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using static AppServer.IntegrationTests.Tools.AgentToolHarness;

namespace AppServer.IntegrationTests.Tools;

/// <summary>
/// The agent's tools end to end: the built server, a client answering approvals, and the fake Responses API
/// scripting tool calls. Assertions are on what a client sees (messages), on disk and in the next model request.
/// </summary>
public sealed class AgentToolTests
{
    [Theory]
    // policy, command, escalate, rule, expect approval request, expected fragment of the model's output
    [InlineData("untrusted", "touch a.txt", false, null, true, "code 0")]
    [InlineData("untrusted", "ls", false, null, true, "code 0")]
    [InlineData("untrusted", "touch a.txt", false, "prefix_rule(pattern=[\"touch\"], decision=\"allow\")", false, "code 0")]
    [InlineData("on-request", "touch a.txt", false, null, false, "code 0")]
    [InlineData("on-request", "touch a.txt", true, null, true, "code 0")]
    [InlineData("on-request", "touch a.txt", false, "prefix_rule(pattern=[\"touch\"], decision=\"prompt\", justification=\"ask first\")", true, "code 0")]
    [InlineData("on-request", "touch a.txt", false, "prefix_rule(pattern=[\"touch\"], decision=\"forbidden\", justification=\"Never touch\")", false, "rejected: Never touch")]
    [InlineData("never", "touch a.txt", false, null, false, "code 0")]
    [InlineData("never", "touch a.txt", true, null, false, "approval policy is Never")]
    [InlineData("never", "touch a.txt", false, "prefix_rule(pattern=[\"touch\"], decision=\"prompt\")", false, "AskForApproval is set to Never")]
    public async Task Policy_rules_and_escalation_decide_whether_to_ask(string policy, string cmd, bool escalate, string? rule, bool expectRequest, string expectedOutput)
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        if (rule is not null)
        {
            Directory.CreateDirectory(Path.Combine(server.CodexHome, "rules"));
            File.WriteAllText(Path.Combine(server.CodexHome, "rules", "test.rules"), rule + "\n");
        }

        var threadId = await StartThreadAsync(client, server, policy);
        JsonObject? extra = escalate ? new JsonObject { ["sandbox_permissions"] = "require_escalated", ["justification"] = "Do you want to touch a file?" } : null;
        fake.Enqueue(FakeResponse.Of(Exec(cmd, "call_1", extra)), FakeResponse.Of(FakeItem.Message("done")));
        var turnId = await StartTurnAsync(client, threadId);

        if (expectRequest)
        {
            var request = await client.WaitForServerRequestAsync();
            request["method"]!.GetValue<string>().Should().Be("item/commandExecution/requestApproval");
            var p = request["params"]!;
            p["itemId"]!.GetValue<string>().Should().Be("call_1");
            p["threadId"]!.GetValue<string>().Should().Be(threadId);
            p["turnId"]!.GetValue<string>().Should().Be(turnId);
            ((string)p["command"]!).Should().Contain(cmd);
            if (escalate)
            {
                p["reason"]!.GetValue<string>().Should().Be("Do you want to touch a file?");
            }

            await client.RespondAsync(request["id"]!, new { decision = "accept" });
        }

        var done = await TurnCompletedAsync(client, turnId);
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");
        if (!expectRequest)
        {
            client.Received.Should().NotContain(m => m["method"] != null && m["id"] != null, "no server request was expected");
        }

        ToolOutput(fake, "call_1").Should().Contain(expectedOutput);
        var created = File.Exists(Path.Combine(server.WorkDir, "a.txt"));
        created.Should().Be(cmd.StartsWith("touch", StringComparison.Ordinal) && expectedOutput == "code 0");
        if (expectedOutput != "code 0" && rule?.Contains("forbidden", StringComparison.Ordinal) == true)
        {
            Items(client, "item/started", "commandExecution").Should().BeEmpty("a forbidden command produces no item");
        }
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Approval_wire_order_and_decline(string transport)
    {
        await using var rig = await FakeModelRig.StartAsync(transport);
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "untrusted");
        fake.Enqueue(FakeResponse.Of(Exec("touch declined.txt", "call_d")), FakeResponse.Of(FakeItem.Message("ok")));
        var turnId = await StartTurnAsync(client, threadId);
        var request = await client.WaitForServerRequestAsync();
        var p = request["params"]!;
        p["kind"]!.GetValue<string>().Should().Be("command");
        p["environmentId"]!.GetValue<string>().Should().Be("local");
        p["commandActions"]!.AsArray().Single()!["type"]!.GetValue<string>().Should().Be("unknown");
        p["proposedExecpolicyAmendment"]!.AsArray().Select(x => (string?)x).Should().Equal("touch", "declined.txt");
        p["availableDecisions"]!.ToJsonString().Should().Be("[\"accept\",{\"acceptWithExecpolicyAmendment\":{\"execpolicy_amendment\":[\"touch\",\"declined.txt\"]}},\"cancel\"]");
        var waiting = client.Notifications.Last(n => (string?)n["method"] == "thread/status/changed");
        waiting["params"]!["status"]!["activeFlags"]!.AsArray().Select(x => (string?)x).Should().Equal("waitingOnApproval");

        await client.RespondAsync(request["id"]!, new { decision = "decline" });
        var done = await TurnCompletedAsync(client, turnId);
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("completed");

        var methods = client.Notifications.Select(n => (string)n["method"]!).ToList();
        var started = methods.IndexOf("item/started", methods.IndexOf("turn/started") + 3);
        var resolved = methods.IndexOf("serverRequest/resolved");
        resolved.Should().BeGreaterThan(started);
        var completed = Items(client, "item/completed", "commandExecution").Single();
        client.Notifications.ToList().IndexOf(completed).Should().BeGreaterThan(resolved);
        completed["params"]!["item"]!["status"]!.GetValue<string>().Should().Be("declined");
        completed["params"]!["item"]!["exitCode"].Should().BeNull();
        client.Notifications.Single(n => (string?)n["method"] == "serverRequest/resolved")["params"]!["requestId"]!.GetValue<long>().Should().Be(request["id"]!.GetValue<long>());
        File.Exists(Path.Combine(server.WorkDir, "declined.txt")).Should().BeFalse();
        ToolOutput(fake, "call_d").Should().Be("exec_command failed: CreateProcess { message: \"Rejected(\\\"rejected by user\\\")\" }");
    }

    [Fact]
    public async Task Accept_for_session_and_execpolicy_amendment_stop_later_prompts()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "untrusted");

        // acceptForSession: the identical command is not asked again in this thread.
        fake.Enqueue(FakeResponse.Of(Exec("touch s.txt", "call_s1")), FakeResponse.Of(Exec("touch s.txt", "call_s2")), FakeResponse.Of(FakeItem.Message("ok")));
        var turn1 = await StartTurnAsync(client, threadId);
        var first = await client.WaitForServerRequestAsync();
        await client.RespondAsync(first["id"]!, new { decision = "acceptForSession" });
        await TurnCompletedAsync(client, turn1);
        ToolOutput(fake, "call_s2").Should().Contain("Process exited with code 0");

        // acceptWithExecpolicyAmendment: the rule is written and later commands run without asking.
        fake.Enqueue(FakeResponse.Of(Exec("mkdir d1", "call_a1")), FakeResponse.Of(Exec("mkdir d2", "call_a2")), FakeResponse.Of(FakeItem.Message("ok")));
        var turn2 = await StartTurnAsync(client, threadId);
        var second = await client.WaitForServerRequestAsync();
        second["params"]!["itemId"]!.GetValue<string>().Should().Be("call_a1");
        await client.RespondAsync(second["id"]!, JsonNode.Parse("""{"decision":{"acceptWithExecpolicyAmendment":{"execpolicy_amendment":["mkdir"]}}}""")!);
        await TurnCompletedAsync(client, turn2);
        File.ReadAllText(Path.Combine(server.CodexHome, "rules", "default.rules")).Should().Be("prefix_rule(pattern=[\"mkdir\"], decision=\"allow\")\n");
        Directory.Exists(Path.Combine(server.WorkDir, "d2")).Should().BeTrue();
        client.Received.Count(m => (string?)m["method"] == "item/commandExecution/requestApproval").Should().Be(2);
    }

    [Fact]
    public async Task Cancel_interrupts_the_turn_and_an_unanswered_request_is_cleared_by_interrupt()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "untrusted");

        fake.Enqueue(FakeResponse.Of(Exec("touch c.txt", "call_c")));
        var turn1 = await StartTurnAsync(client, threadId);
        var request = await client.WaitForServerRequestAsync();
        await client.RespondAsync(request["id"]!, new { decision = "cancel" });
        var done = await TurnCompletedAsync(client, turn1);
        done["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("interrupted");
        File.Exists(Path.Combine(server.WorkDir, "c.txt")).Should().BeFalse();

        // A client that never answers: turn/interrupt clears the request (serverRequest/resolved) and ends the turn.
        fake.Enqueue(FakeResponse.Of(Exec("touch n.txt", "call_n")));
        var turn2 = await StartTurnAsync(client, threadId);
        var pending = await client.WaitForServerRequestAsync();
        await client.CallAsync("turn/interrupt", new JsonObject { ["threadId"] = threadId, ["turnId"] = turn2 });
        (await TurnCompletedAsync(client, turn2))["params"]!["turn"]!["status"]!.GetValue<string>().Should().Be("interrupted");
        await Task.Delay(500);
        var trace = string.Join("\n", client.Received.Select(m => m.ToJsonString()[..Math.Min(200, m.ToJsonString().Length)]));
        var resolved = client.Notifications.LastOrDefault(n => (string?)n["method"] == "serverRequest/resolved" && n["params"]!["requestId"]!.GetValue<long>() == pending["id"]!.GetValue<long>());
        resolved.Should().NotBeNull(trace);
        resolved!["params"]!["threadId"]!.GetValue<string>().Should().Be(threadId);
        File.Exists(Path.Combine(server.WorkDir, "n.txt")).Should().BeFalse();
    }

    [Theory]
    [InlineData("on-request", "inside.txt", false, true)]
    [InlineData("on-request", "OUTSIDE", true, true)]
    [InlineData("on-request", ".git/config", true, true)]
    [InlineData("never", "inside.txt", false, true)]
    [InlineData("never", "OUTSIDE", false, false)]
    [InlineData("never", ".git/config", false, false)]
    [InlineData("{\"granular\":{\"sandbox_approval\":false,\"rules\":true,\"mcp_elicitations\":true}}", "OUTSIDE", false, false)]
    [InlineData("{\"granular\":{\"sandbox_approval\":true,\"rules\":true,\"mcp_elicitations\":true}}", "OUTSIDE", true, true)]
    public async Task Patches_inside_roots_apply_and_outside_roots_ask_or_are_rejected(string policy, string target, bool expectRequest, bool expectWritten)
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var outside = Path.Combine(server.Options.Root, "outside-" + Guid.NewGuid().ToString("N")[..6] + ".txt");
        var path = target == "OUTSIDE" ? outside : Path.Combine(server.WorkDir, target);
        var threadId = await StartThreadAsync(client, server, policy.StartsWith('{') ? JsonNode.Parse(policy) : JsonValue.Create(policy));
        var patch = $"*** Begin Patch\n*** Add File: {(target == "OUTSIDE" ? outside : target)}\n+hello\n*** End Patch\n";
        fake.Enqueue(FakeResponse.Of(FakeItem.CustomToolCall("apply_patch", patch, "call_p")), FakeResponse.Of(FakeItem.Message("ok")));
        var turnId = await StartTurnAsync(client, threadId);
        if (expectRequest)
        {
            var request = await client.WaitForServerRequestAsync();
            request["method"]!.GetValue<string>().Should().Be("item/fileChange/requestApproval");
            request["params"]!["itemId"]!.GetValue<string>().Should().Be("call_p");
            await client.RespondAsync(request["id"]!, new { decision = "accept" });
        }

        await TurnCompletedAsync(client, turnId);
        File.Exists(path).Should().Be(expectWritten);
        if (!expectWritten)
        {
            ToolOutput(fake, "call_p").Should().Be("patch rejected: writing outside of the project; rejected by user approval settings");
            Items(client, "item/started", "fileChange").Should().BeEmpty("like the reference, a patch refused by policy has no item");
            return;
        }

        var item = Items(client, "item/completed", "fileChange").Single()["params"]!["item"]!;
        item["status"]!.GetValue<string>().Should().Be("completed");
        item["changes"]![0]!["path"]!.GetValue<string>().Should().Be(path);
        item["changes"]![0]!["kind"]!["type"]!.GetValue<string>().Should().Be("add");
        ToolOutput(fake, "call_p").Should().Contain("Success. Updated the following files:");
        client.Notifications.Should().Contain(n => (string?)n["method"] == "turn/diff/updated" && ((string)n["params"]!["diff"]!).Contains("+hello"));
    }

    [Fact]
    public async Task Heredoc_patch_in_exec_command_and_verification_errors()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        File.WriteAllText(Path.Combine(server.WorkDir, "f.txt"), "one\r\ntwo\r\n");
        var threadId = await StartThreadAsync(client, server, "on-request");
        fake.Enqueue(
            FakeResponse.Of(Exec("apply_patch <<'EOF'\n*** Begin Patch\n*** Update File: f.txt\n one\n-two\n+2\n*** End Patch\nEOF\n", "call_h")),
            FakeResponse.Of(FakeItem.CustomToolCall("apply_patch", "*** Begin Patch\n*** Update File: missing.txt\n-a\n+b\n*** End Patch", "call_bad")),
            FakeResponse.Of(FakeItem.Message("ok")));
        await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));
        File.ReadAllText(Path.Combine(server.WorkDir, "f.txt")).Should().Be("one\r\n2\r\n");
        Items(client, "item/completed", "fileChange").Should().ContainSingle();
        Items(client, "item/started", "commandExecution").Should().BeEmpty();
        ToolOutput(fake, "call_h").Should().StartWith("Exit code: 0\nWall time: ").And.EndWith("Output:\nSuccess. Updated the following files:\nM f.txt\n");
        ToolOutput(fake, "call_bad").Should().Be($"apply_patch verification failed: Failed to read file to update {Path.Combine(server.WorkDir, "missing.txt")}: No such file or directory (os error 2)");
    }

    [Fact]
    public async Task Pty_session_outlives_the_call_and_takes_write_stdin()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "never");
        fake.Enqueue(
            FakeResponse.Of(Exec("read line; echo \"got:$line\"", "call_pty", new JsonObject { ["tty"] = true, ["yield_time_ms"] = 500 })),
            FakeResponse.Of(FakeItem.FunctionCall("write_stdin", """{"session_id":1,"chars":"hello\n","yield_time_ms":3000}""", "call_w")),
            FakeResponse.Of(FakeItem.Message("ok")));
        await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));

        ToolOutput(fake, "call_pty").Should().Contain("Process running with session ID 1");
        var written = ToolOutput(fake, "call_w");
        written.Should().Contain("got:hello").And.Contain("Process exited with code 0");
        var interaction = client.Notifications.Single(n => (string?)n["method"] == "item/commandExecution/terminalInteraction")["params"]!;
        interaction["stdin"]!.GetValue<string>().Should().Be("hello\n");
        interaction["itemId"]!.GetValue<string>().Should().Be("call_pty");
        var item = Items(client, "item/completed", "commandExecution").Single()["params"]!["item"]!;
        item["status"]!.GetValue<string>().Should().Be("completed");
        item["processId"]!.GetValue<string>().Should().Be("1");
        item["aggregatedOutput"]!.GetValue<string>().Should().Contain("got:hello");
        client.Notifications.Should().Contain(n => (string?)n["method"] == "item/commandExecution/outputDelta");
    }

    [Fact]
    public async Task View_image_emits_an_item_and_sends_the_image_back()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        File.WriteAllBytes(Path.Combine(server.WorkDir, "pic.png"), png);
        var threadId = await StartThreadAsync(client, server, "never");
        fake.Enqueue(FakeResponse.Of(FakeItem.FunctionCall("view_image", """{"path":"pic.png"}""", "call_img")), FakeResponse.Of(FakeItem.Message("nice")));
        await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));
        var item = Items(client, "item/completed", "imageView").Single()["params"]!["item"]!;
        item["path"]!.GetValue<string>().Should().Be(Path.Combine(server.WorkDir, "pic.png"));
        ToolOutput(fake, "call_img").Should().Contain("\"type\":\"input_image\"").And.Contain("data:image/png;base64," + Convert.ToBase64String(png));
    }

    [Fact]
    public async Task Update_plan_only_when_enabled_and_unknown_tools_answer_like_the_reference()
    {
        await using var rig = await FakeModelRig.StartAsync("stdio");
        var (fake, server, client) = rig;
        var threadId = await StartThreadAsync(client, server, "never");
        fake.Enqueue(
            FakeResponse.Of(FakeItem.FunctionCall("update_plan", """{"plan":[{"step":"a","status":"pending"}]}""", "call_up"), FakeItem.FunctionCall("shell", "{}", "call_sh"), FakeItem.CustomToolCall("frob", "x", "call_fr")),
            FakeResponse.Of(FakeItem.Message("ok")));
        await TurnCompletedAsync(client, await StartTurnAsync(client, threadId));
        ToolOutput(fake, "call_up").Should().Be("unsupported call: update_plan");
        ToolOutput(fake, "call_sh").Should().Be("unsupported call: shell");
        ToolOutput(fake, "call_fr").Should().Be("unsupported custom tool call: frob");
        var tools = ToolNames(fake);
        tools.Should().Contain(["exec_command", "write_stdin", "apply_patch", "view_image"]).And.NotContain("update_plan");
        client.Notifications.Should().NotContain(n => (string?)n["method"] == "turn/plan/updated");
    }
}
