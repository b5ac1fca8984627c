using AppServer.Core.Models;
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
}
