using AppServer.Agent.Models;
using AppServer.Core.Providers;
using AppServer.IntegrationTests.FakeModel;

namespace AppServer.Tests.Turns;

public sealed class ChatCompletionsTests
{
    [Fact]
    public async Task Chat_wire_streams_text_reasoning_and_tool_calls_through_the_same_loop()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { WireApi = WireApi.Chat });
        bed.Fake.Enqueue(
            FakeChatResponse.Of("", reasoning: "let me think", toolCalls: [("call_a", "shell", "{\"command\":[\"ls\",\"-la\"]}")]),
            FakeChatResponse.Of("Here is the listing.", deltas: 4, promptTokens: 30, completionTokens: 7));

        var turn = await bed.WaitCompletedAsync(bed.Start("list files"));

        turn["status"]!.GetValue<string>().Should().Be("completed");
        turn["items"]![0]!["text"]!.GetValue<string>().Should().Be("Here is the listing.");
        var deltas = bed.Notifications.Where(n => n.Method == "item/agentMessage/delta").Select(n => n.Params!["delta"]!.GetValue<string>());
        string.Concat(deltas).Should().Be("Here is the listing.");
        bed.Notifications.Should().Contain(n => n.Method == "item/reasoning/textDelta");
        var usage = bed.Notifications.Last(n => n.Method == "thread/tokenUsage/updated").Params!["tokenUsage"]!["last"]!;
        usage["inputTokens"]!.GetValue<long>().Should().Be(30);
        usage["totalTokens"]!.GetValue<long>().Should().Be(37);

        var requests = await bed.Fake.WaitForRequestsAsync(2);
        requests[0].Path.Should().Be("/v1/chat/completions");
        var first = requests[0].Body!;
        first["stream"]!.GetValue<bool>().Should().BeTrue();
        var roles = first["messages"]!.AsArray().Select(m => (string?)m!["role"]).ToList();
        roles.Should().Equal("system", "system", "user", "user");
        var second = requests[1].Body!["messages"]!.AsArray();
        var call = second[^2]!;
        ((string?)call["role"]).Should().Be("assistant");
        ((string?)call["tool_calls"]![0]!["function"]!["arguments"]).Should().Be("{\"command\":[\"ls\",\"-la\"]}");
        ((string?)call["tool_calls"]![0]!["id"]).Should().Be("call_a");
        var output = second[^1]!;
        ((string?)output["role"]).Should().Be("tool");
        ((string?)output["tool_call_id"]).Should().Be("call_a");
        ((string?)output["content"]).Should().Be("unsupported call: shell");
    }

    // The chat wire shares the SSE frame of the Responses client (ModelEventStream): these pin its endings.
    [Fact]
    public async Task Chat_stream_that_ends_after_finish_reason_without_DONE_completes()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { WireApi = WireApi.Chat, StreamMaxRetries = 0 });
        var response = FakeChatResponse.Of("All done.", deltas: 2, promptTokens: 12, completionTokens: 3);
        response.Steps.RemoveAt(response.Steps.Count - 1);
        bed.Fake.Enqueue(response);

        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("completed");
        turn["items"]![0]!["text"]!.GetValue<string>().Should().Be("All done.");
        bed.Notifications.Last(n => n.Method == "thread/tokenUsage/updated").Params!["tokenUsage"]!["last"]!["totalTokens"]!.GetValue<long>().Should().Be(15);
    }

    [Fact]
    public async Task Chat_stream_closed_before_finish_reason_fails_as_a_disconnected_stream()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { WireApi = WireApi.Chat, StreamMaxRetries = 0 });
        var response = FakeChatResponse.Of("partial", deltas: 1);
        response.Steps.RemoveRange(1, response.Steps.Count - 1);
        response.Steps.Add(FakeStep.Drop());
        bed.Fake.Enqueue(response);

        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("failed");
        turn["error"]!["message"]!.GetValue<string>().Should().Be("stream disconnected before completion: stream closed before response.completed");
    }

    [Fact]
    public async Task Idle_chat_stream_times_out_and_is_retried_like_the_responses_wire()
    {
        await using var bed = await TurnTestBed.StartAsync(p => p with { WireApi = WireApi.Chat, StreamMaxRetries = 1, StreamIdleTimeout = TimeSpan.FromMilliseconds(300) });
        bed.Fake.Enqueue(FakeResponse.Idle(), FakeChatResponse.Of("after retry"));

        var turn = await bed.WaitCompletedAsync(bed.Start("hi"));

        turn["status"]!.GetValue<string>().Should().Be("completed");
        turn["items"]![0]!["text"]!.GetValue<string>().Should().Be("after retry");
        var error = bed.Notifications.Single(n => n.Method == "error").Params!;
        error["willRetry"]!.GetValue<bool>().Should().BeTrue();
        error["error"]!["additionalDetails"]!.GetValue<string>().Should().Be("stream disconnected before completion: idle timeout waiting for SSE");
    }
}
