using System.Text.Json.Nodes;

namespace AppServer.Testing.FakeModel;

/// <summary>Builders for scripted Chat Completions streams (<c>data: {chunk}</c> … <c>data: [DONE]</c>).</summary>
public static class FakeChatResponse
{
    /// <summary>Streams <paramref name="text"/> in pieces, optionally with reasoning and tool calls, then usage and [DONE].</summary>
    public static FakeResponse Of(string text, int deltas = 1, string? reasoning = null, IReadOnlyList<(string Id, string Name, string Arguments)>? toolCalls = null, int promptTokens = 10, int completionTokens = 5)
    {
        var r = new FakeResponse();
        if (reasoning is not null)
        {
            r.Steps.Add(Chunk(new JsonObject { ["reasoning_content"] = reasoning }));
        }

        var first = true;
        foreach (var piece in text.Length == 0 ? [] : FakeItem.Split(text, deltas))
        {
            var delta = new JsonObject { ["content"] = piece };
            if (first)
            {
                delta["role"] = "assistant";
                first = false;
            }

            r.Steps.Add(Chunk(delta));
        }

        var index = 0;
        foreach (var (id, name, arguments) in toolCalls ?? [])
        {
            // Arguments arrive in two pieces, as real servers split them.
            var half = arguments.Length / 2;
            r.Steps.Add(Chunk(new JsonObject
            {
                ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = index, ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments[..half] } }),
            }));
            r.Steps.Add(Chunk(new JsonObject
            {
                ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = index, ["function"] = new JsonObject { ["arguments"] = arguments[half..] } }),
            }));
            index++;
        }

        r.Steps.Add(Raw(new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion.chunk",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = toolCalls is { Count: > 0 } ? "tool_calls" : "stop" }),
        }.ToJsonString()));
        r.Steps.Add(Raw(new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion.chunk",
            ["choices"] = new JsonArray(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        }.ToJsonString()));
        r.Steps.Add(Raw("[DONE]"));
        return r;
    }

    private static FakeStep Chunk(JsonObject delta) => Raw(new JsonObject
    {
        ["id"] = "chatcmpl-1",
        ["object"] = "chat.completion.chunk",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null }),
    }.ToJsonString());

    private static FakeStep Raw(string data) => new("raw", new JsonObject { ["data"] = data }, TimeSpan.Zero);
}
