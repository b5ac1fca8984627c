using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Agent.Tools;
using AppServer.Agent.Turns;
using AppServer.Testing.FakeModel;
using AppServer.Protocol.Items;
using AppServer.Core.Threads.Settings;

namespace AppServer.Tests.Turns;

public sealed class TurnEngineTests
{
    private const string Text = "The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. END";

    [Fact]
    public async Task Streamed_turn_emits_the_reference_notification_order_and_concatenating_deltas()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(new FakeUsage(1234, 56, Cached: 200, Reasoning: 7), FakeItem.Reasoning(["Planning the answer"], deltas: 4), FakeItem.Message(Text, deltas: 50)));

        var turnId = bed.Start("Tell me about foxes");
        var turn = await bed.WaitCompletedAsync(turnId);

        turn["status"]!.GetValue<string>().Should().Be("completed");
        turn["itemsView"]!.GetValue<string>().Should().Be("summary");
        turn["items"]!.AsArray().Single()!["text"]!.GetValue<string>().Should().Be(Text);
        var methods = bed.Methods().Where(m => m is not "item/agentMessage/delta" and not "item/reasoning/summaryTextDelta").ToList();
        methods.Should().Equal(
            "thread/status/changed", "turn/started", "item/started", "item/completed",
            "item/started", "item/reasoning/summaryPartAdded", "item/completed",
            "item/started", "item/completed", "thread/tokenUsage/updated", "account/rateLimits/updated", "thread/status/changed", "turn/completed");
        var deltas = bed.Notifications.Where(n => n.Method == "item/agentMessage/delta").Select(n => n.Params!).ToList();
        deltas.Should().HaveCount(50);
        string.Concat(deltas.Select(d => d["delta"]!.GetValue<string>())).Should().Be(Text);
        deltas.Should().OnlyContain(d => (string?)d["turnId"] == turnId && (string?)d["threadId"] == bed.ThreadId);
        string.Concat(bed.Notifications.Where(n => n.Method == "item/reasoning/summaryTextDelta").Select(n => n.Params!["delta"]!.GetValue<string>()))
            .Should().Be("Planning the answer");

        var usage = bed.Notifications.Single(n => n.Method == "thread/tokenUsage/updated").Params!["tokenUsage"]!;
        usage["last"]!["inputTokens"]!.GetValue<long>().Should().Be(1234);
        usage["last"]!["cachedInputTokens"]!.GetValue<long>().Should().Be(200);
        usage["last"]!["reasoningOutputTokens"]!.GetValue<long>().Should().Be(7);
        usage["last"]!["totalTokens"]!.GetValue<long>().Should().Be(1290);
        usage["modelContextWindow"]!.GetValue<long>().Should().Be(258400);

        // Items are stored before item/completed is sent.
        bed.Recorder.Items.Select(i => i.Item.GetType().Name).Should().Equal(nameof(UserMessageThreadItem), nameof(ReasoningThreadItem), nameof(AgentMessageThreadItem));
        bed.Recorder.Turns.Single().Status.Should().Be("completed");
    }

    [Fact]
    public async Task Request_body_and_headers_match_the_reference()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("hi")));
        var turnId = bed.Start("hello");
        await bed.WaitCompletedAsync(turnId);

        var request = (await bed.Fake.WaitForRequestsAsync(1)).Single();
        request.Path.Should().Be("/v1/responses");
        var body = request.Body!;
        body.Select(p => p.Key).Should().Equal("model", "stream", "input", "tool_choice", "parallel_tool_calls", "reasoning", "store", "include", "prompt_cache_key", "text", "client_metadata");
        body["model"]!.GetValue<string>().Should().Be("gpt-5.5");
        body["stream"]!.GetValue<bool>().Should().BeTrue();
        body["store"]!.GetValue<bool>().Should().BeFalse();
        body["reasoning"]!.ToJsonString().Should().Be("{\"effort\":\"medium\"}");
        body["include"]!.ToJsonString().Should().Be("[\"reasoning.encrypted_content\"]");
        body["text"]!.ToJsonString().Should().Be("{\"verbosity\":\"low\"}");
        body["prompt_cache_key"]!.GetValue<string>().Should().Be(bed.ThreadId);
        body["client_metadata"]!["turn_id"]!.GetValue<string>().Should().Be(turnId);
        var input = body["input"]!.AsArray();
        input.Select(i => (string?)i!["role"]).Should().Equal("developer", "developer", "user", "user");
        input.Should().OnlyContain(i => ((string?)i!["id"])!.StartsWith("msg_"));
        ((string?)input[1]!["content"]![0]!["text"]).Should().StartWith("<permissions instructions>");
        var context = (string?)input[2]!["content"]!.AsArray().Last()!["text"];
        context.Should().StartWith("<environment_context>\n  <cwd>" + bed.WorkDir + "</cwd>\n  <shell>");
        context.Should().Contain("<timezone>").And.EndWith("</environment_context>");
        ((string?)input[3]!["content"]![0]!["text"]).Should().Be("hello");

        request.Headers["accept"].Should().Be("text/event-stream");
        request.Headers["originator"].Should().Be("tests");
        request.Headers["user-agent"].Should().Be("tests/0.169.0");
        request.Headers["session-id"].Should().Be(bed.ThreadId);
        request.Headers["thread-id"].Should().Be(bed.ThreadId);
        request.Headers["x-client-request-id"].Should().Be(bed.ThreadId);
        request.Headers["x-codex-window-id"].Should().Be(bed.ThreadId + ":0");
        request.Headers.Should().NotContainKey("authorization");
    }

    [Fact]
    public async Task Later_turns_resend_the_full_history_and_accumulate_usage()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(new FakeUsage(1234, 56), FakeItem.Reasoning(["think"]), FakeItem.Message(Text, deltas: 5)), FakeResponse.Of(FakeItem.Message("second")));
        await bed.WaitCompletedAsync(bed.Start("first"));
        await bed.WaitCompletedAsync(bed.Start("second?"));

        var requests = await bed.Fake.WaitForRequestsAsync(2);
        var second = requests[1].Body!["input"]!.AsArray();
        var first = requests[0].Body!["input"]!.AsArray();
        // The first request's input is a prefix of the second one: history is re-sent exactly.
        second.Take(first.Count).Select(n => n!.ToJsonString()).Should().Equal(first.Select(n => n!.ToJsonString()));
        second[first.Count]!.ToJsonString().Should().Contain("\"type\":\"reasoning\"").And.Contain("\"content\":null").And.Contain("\"encrypted_content\":null");
        second[first.Count + 1]!["content"]![0]!.ToJsonString().Should().Be($"{{\"type\":\"output_text\",\"text\":\"{Text}\"}}");
        requests[1].MessageTexts().Last().Should().Be(("user", "second?"));
        var usage = bed.Notifications.Last(n => n.Method == "thread/tokenUsage/updated").Params!["tokenUsage"]!;
        usage["total"]!["totalTokens"]!.GetValue<long>().Should().Be(1290 + 120);
        usage["last"]!["totalTokens"]!.GetValue<long>().Should().Be(120);
    }

    [Fact]
    public async Task Dropped_stream_is_retried_with_an_error_notification()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { StreamMaxRetries = 2 });
        bed.Fake.Enqueue(FakeResponse.Dropped(FakeItem.Message("partial", deltas: 2)), FakeResponse.Of(FakeItem.Message("fine")));
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("completed");
        var error = bed.Notifications.Single(n => n.Method == "error").Params!;
        error["willRetry"]!.GetValue<bool>().Should().BeTrue();
        error["error"]!["message"]!.GetValue<string>().Should().Be("Reconnecting... 1/2");
        error["error"]!["codexErrorInfo"]!.ToJsonString().Should().Be("{\"responseStreamDisconnected\":{\"httpStatusCode\":null}}");
        error["error"]!["additionalDetails"]!.GetValue<string>().Should().Be("stream disconnected before completion: stream closed before response.completed");
        (await bed.Fake.WaitForRequestsAsync(2)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Idle_stream_times_out_and_fails_the_turn_after_retries()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { StreamMaxRetries = 1, StreamIdleTimeout = TimeSpan.FromMilliseconds(300) });
        bed.Fake.Enqueue(FakeResponse.Idle(), FakeResponse.Idle());
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("failed");
        turn["error"]!["message"]!.GetValue<string>().Should().Be("stream disconnected before completion: idle timeout waiting for SSE");
        turn["error"]!["codexErrorInfo"]!.GetValue<string>().Should().Be("other");
        var errors = bed.Notifications.Where(n => n.Method == "error").Select(n => n.Params!["willRetry"]!.GetValue<bool>()).ToList();
        errors.Should().Equal(true, false);
        // systemError comes before the final error, then turn/completed.
        var tail = bed.Methods().TakeLast(3).ToList();
        tail.Should().Equal("thread/status/changed", "error", "turn/completed");
        bed.Notifications.Last(n => n.Method == "thread/status/changed").Params!["type"]!.GetValue<string>().Should().Be("SystemError");
    }

    public static TheoryData<int, string, string?, string, string> HttpErrors => new()
    {
        { 401, "invalid_request_error", "invalid_api_key", "unexpected status 401 Unauthorized: fake error, url: {url}", "{\"httpConnectionFailed\":{\"httpStatusCode\":401}}" },
        { 403, "x", null, "unexpected status 403 Forbidden: fake error, url: {url}", "{\"httpConnectionFailed\":{\"httpStatusCode\":403}}" },
        { 429, "usage_limit_reached", null, "You\u2019ve hit your usage limit. Try again later.", "\"usageLimitExceeded\"" },
        { 429, "rate_limit_exceeded", null, "exceeded retry limit, last status: 429 Too Many Requests", "{\"responseTooManyFailedAttempts\":{\"httpStatusCode\":429}}" },
        { 400, "invalid_request_error", "context_length_exceeded", "Codex ran out of room in the model's context window. Start a new thread or clear earlier history before retrying.", "\"contextWindowExceeded\"" },
        { 404, "x", "model_not_found", "fake error", "\"modelNotFound\"" },
        { 500, "server_error", null, "We\u2019re currently experiencing high demand, which may cause temporary errors.", "\"internalServerError\"" },
    };

    [Theory]
    [MemberData(nameof(HttpErrors))]
    public async Task Http_errors_map_to_the_reference_messages(int status, string type, string? code, string message, string info)
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Error(status, type, code: code));
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("failed");
        turn["error"]!["message"]!.GetValue<string>().Should().Be(message.Replace("{url}", bed.Fake.BaseUrl + "/responses"));
        turn["error"]!["codexErrorInfo"]!.ToJsonString().Should().Be(info);
    }

    [Fact]
    public async Task Bad_request_reports_the_raw_body()
    {
        await using var bed = await TurnTestBed.StartAsync();
        var error = FakeResponse.Error(400, "invalid_request_error", "bad thing");
        bed.Fake.Enqueue(error);
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));
        turn["error"]!["message"]!.GetValue<string>().Should().Be(error.ErrorBody);
        turn["error"]!["codexErrorInfo"]!.GetValue<string>().Should().Be("other");
    }

    [Fact]
    public async Task Rate_limited_request_is_retried_silently_honouring_retry_after()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { RequestMaxRetries = 2 });
        var limited = FakeResponse.Error(429, "rate_limit_exceeded");
        limited.Headers["Retry-After"] = "0";
        bed.Fake.Enqueue(limited, FakeResponse.Error(503), FakeResponse.Of(FakeItem.Message("ok")));
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("completed");
        bed.Methods().Should().NotContain("error");
        (await bed.Fake.WaitForRequestsAsync(3)).Should().HaveCount(3);
    }

    [Fact]
    public async Task Response_failed_is_a_stream_error()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Failed("server_error", "upstream exploded"));
        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));
        turn["error"]!["message"]!.GetValue<string>().Should().Be("stream disconnected before completion: upstream exploded");
    }

    [Fact]
    public async Task Interrupt_cancels_the_stream_and_the_next_request_says_so()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("partial answer that never finishes", deltas: 6, stallAfter: 3)), FakeResponse.Of(FakeItem.Message("fresh")));
        var turnId = bed.Start("go slowly");
        await bed.WaitForAsync(n => n.Count(x => x.Method == "item/agentMessage/delta") == 3);

        var wrong = () => bed.Conversation.PrepareInterrupt("00000000-0000-7000-8000-000000000000");
        wrong.Should().Throw<TurnRequestException>().WithMessage($"expected active turn id 00000000-0000-7000-8000-000000000000 but found {turnId}");
        bed.Conversation.PrepareInterrupt(turnId)();
        var turn = await bed.WaitCompletedAsync(turnId, TimeSpan.FromSeconds(2));

        turn["status"]!.GetValue<string>().Should().Be("interrupted");
        turn["error"].Should().BeNull();
        turn["items"]!.AsArray().Should().BeEmpty();
        var partial = bed.Notifications.Last(n => n.Method == "item/completed").Params!["item"]!;
        partial["text"]!.GetValue<string>().Should().Be(string.Concat(FakeItem.Split("partial answer that never finishes", 6).Take(3)));
        bed.ActiveTurn.Should().BeNull();
        var again = () => bed.Conversation.PrepareInterrupt(turnId);
        again.Should().Throw<TurnRequestException>().WithMessage("no active turn to interrupt");
        await WaitUntil(() => bed.Fake.ClientAborts == 1);

        await bed.WaitCompletedAsync(bed.Start("try again"));
        var texts = (await bed.Fake.WaitForRequestsAsync(2))[1].MessageTexts();
        texts[^2].Text.Should().StartWith("<turn_aborted>");
        texts[^1].Should().Be(("user", "try again"));
        bed.Recorder.Turns.First().Status.Should().Be("interrupted");
    }

    [Fact]
    public async Task Steering_adds_input_to_the_running_turn()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("working on it", deltas: 2, stallAfter: 1)), FakeResponse.Of(FakeItem.Message("steered answer")));
        var turnId = bed.Start("first");
        await bed.WaitForAsync(n => n.Any(x => x.Method == "item/agentMessage/delta"));

        var steer = () => bed.Conversation.Steer("wrong", new TurnInput([new TextUserInput { Text = "x" }], null));
        steer.Should().Throw<TurnRequestException>().WithMessage($"expected active turn id wrong but found {turnId}");
        bed.Conversation.Steer(turnId, new TurnInput([new TextUserInput { Text = "also this" }], null)).Should().Be(turnId);
        // turn/start during a turn steers too and returns the same turn.
        var start = bed.Conversation.StartOrSteer(new TurnInput([new TextUserInput { Text = "and that" }], null), s => s, new TurnClientIdentity("t", "t"));
        start.Turn.Id.Should().Be(turnId);
        start.Runner.Should().BeNull();
        bed.Fake.Release();

        var turn = await bed.WaitCompletedAsync(turnId);
        turn["status"]!.GetValue<string>().Should().Be("completed");
        var second = (await bed.Fake.WaitForRequestsAsync(2))[1].MessageTexts();
        second.TakeLast(3).Should().Equal(("assistant", "working on it"), ("user", "also this"), ("user", "and that"));
        bed.Notifications.Count(n => n.Method == "item/completed" && (string?)n.Params!["item"]!["type"] == "userMessage").Should().Be(3);
        var noTurn = () => bed.Conversation.Steer(turnId, new TurnInput([new TextUserInput { Text = "late" }], null));
        noTurn.Should().Throw<TurnRequestException>().WithMessage("no active turn to steer");
    }

    [Fact]
    public async Task Unknown_tool_calls_get_unsupported_call_output_and_the_loop_samples_again()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(
            FakeResponse.Of(FakeItem.FunctionCall("shell", "{\"command\":[\"ls\"]}", "call_1"), FakeItem.CustomToolCall("mystery", "x", "call_2")),
            FakeResponse.Of(FakeItem.Message("done")));
        var turn = await bed.WaitCompletedAsync(bed.Start("run ls"));
        turn["status"]!.GetValue<string>().Should().Be("completed");

        var input = (await bed.Fake.WaitForRequestsAsync(2))[1].Body!["input"]!.AsArray().TakeLast(4).Select(i => i!.ToJsonString()).ToList();
        input[0].Should().Contain("\"type\":\"function_call\"").And.Contain("\"call_id\":\"call_1\"");
        input[1].Should().Contain("\"type\":\"custom_tool_call\"");
        input[2].Should().Be("{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"unsupported call: shell\"}");
        input[3].Should().Be("{\"type\":\"custom_tool_call_output\",\"call_id\":\"call_2\",\"output\":\"unsupported custom tool call: mystery\"}");
        bed.Methods().Count(m => m == "thread/tokenUsage/updated").Should().Be(2);
    }

    [Fact]
    public async Task Registered_tools_are_offered_and_executed()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Tools.Add(new EchoTool());
        bed.Reload();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.FunctionCall("echo", "{\"text\":\"hey\"}", "call_9")), FakeResponse.Of(FakeItem.Message("done")));
        await bed.WaitCompletedAsync(bed.Start("echo"));

        var requests = await bed.Fake.WaitForRequestsAsync(2);
        requests[0].Body!["tools"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("echo");
        var output = requests[1].Body!["input"]!.AsArray().Last()!;
        ((string?)output["type"]).Should().Be("function_call_output");
        ((string?)output["call_id"]).Should().Be("call_9");
        ((string?)output["output"]).Should().Be("echo: {\"text\":\"hey\"}");
    }

    [Fact]
    public async Task Output_schema_applies_to_one_turn_and_overrides_persist()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("{\"title\":\"x\"}")), FakeResponse.Of(FakeItem.Message("plain")));
        var schema = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}").RootElement;
        await bed.WaitCompletedAsync(bed.Start("title?", s => s with { ReasoningEffort = "high", ReasoningSummary = "detailed" }, schema));
        await bed.WaitCompletedAsync(bed.Start("again"));

        var requests = await bed.Fake.WaitForRequestsAsync(2);
        requests[0].Body!["text"]!["format"]!.ToJsonString().Should().Be("{\"type\":\"json_schema\",\"strict\":true,\"schema\":" + schema.GetRawText() + ",\"name\":\"codex_output_schema\"}");
        requests[1].Body!["text"]!.ToJsonString().Should().Be("{\"verbosity\":\"low\"}");
        requests[1].Body!["reasoning"]!.ToJsonString().Should().Be("{\"effort\":\"high\",\"summary\":\"detailed\"}");
    }

    [Fact]
    public async Task Agents_md_is_sent_and_settings_changes_append_only_what_changed()
    {
        await using var bed = await TurnTestBed.StartAsync();
        File.WriteAllText(Path.Combine(bed.Home, "AGENTS.md"), "global rules");
        Directory.CreateDirectory(Path.Combine(bed.WorkDir, ".git"));
        File.WriteAllText(Path.Combine(bed.WorkDir, "AGENTS.md"), "project rules");
        var sub = Directory.CreateDirectory(Path.Combine(bed.WorkDir, "sub")).FullName;
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("a")), FakeResponse.Of(FakeItem.Message("b")));
        await bed.WaitCompletedAsync(bed.Start("one"));
        await bed.WaitCompletedAsync(bed.Start("two", s => s with { Cwd = sub, SandboxMode = SandboxModeKind.WorkspaceWrite }));

        var requests = await bed.Fake.WaitForRequestsAsync(2);
        var context = requests[0].Body!["input"]![2]!["content"]![0]!["text"]!.GetValue<string>();
        context.Should().Be($"# AGENTS.md instructions for {bed.WorkDir}\n\n<INSTRUCTIONS>\nglobal rules\n\n--- project-doc ---\n\nproject rules\n</INSTRUCTIONS>");
        var added = requests[1].MessageTexts().SkipLast(1).TakeLast(2).ToList();
        added[0].Role.Should().Be("developer");
        added[0].Text.Should().Contain("`sandbox_mode` is `workspace-write`");
        added[1].Role.Should().Be("user");
        added[1].Text.Should().StartWith($"<environment_context>\n  <cwd>{sub}</cwd>\n  <filesystem>").And.NotContain("<shell>");
    }

    [Fact]
    public async Task Resumed_conversation_resends_the_stored_history()
    {
        await using var bed = await TurnTestBed.StartAsync();
        bed.Fake.Enqueue(FakeResponse.Of(FakeItem.Message("persisted reply")), FakeResponse.Of(FakeItem.Message("I remember")));
        await bed.WaitCompletedAsync(bed.Start("remember me"));
        var first = (await bed.Fake.WaitForRequestsAsync(1))[0].Body!["input"]!.AsArray().Select(n => n!.ToJsonString()).ToList();

        bed.Reload();
        await bed.WaitCompletedAsync(bed.Start("do you remember?"));
        var second = (await bed.Fake.WaitForRequestsAsync(2))[1];
        second.Body!["input"]!.AsArray().Take(first.Count).Select(n => n!.ToJsonString()).Should().Equal(first);
        second.MessageTexts().TakeLast(2).Should().Equal(("assistant", "persisted reply"), ("user", "do you remember?"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }

    private sealed class EchoTool : IAgentTool
    {
        public string Name => "echo";

        public string SpecJson => "{\"type\":\"function\",\"name\":\"echo\",\"description\":\"Echo\",\"strict\":false,\"parameters\":{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"additionalProperties\":false}}";

        public Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
            => Task.FromResult(ToolResult.Text("echo: " + call.Payload));
    }
}
