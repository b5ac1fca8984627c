using System.Text.Json.Nodes;

namespace AppServer.Testing.FakeModel;

/// <summary>An output item of a scripted response, expanded into its SSE events.</summary>
public abstract class FakeItem
{
    public abstract void AppendSteps(List<FakeStep> steps, int outputIndex);

    /// <summary>An assistant message streamed in <paramref name="deltas"/> pieces.</summary>
    public static FakeItem Message(string text, int deltas = 1, string? id = null, int? stallAfter = null) => new MessageItem(id ?? FakeResponse.NextId("msg"), text, deltas, stallAfter);

    /// <summary>A reasoning item with summary parts, each streamed in <paramref name="deltas"/> pieces.</summary>
    public static FakeItem Reasoning(IReadOnlyList<string> summary, int deltas = 1, string? id = null) => new ReasoningItem(id ?? FakeResponse.NextId("rs"), summary, deltas);

    public static FakeItem FunctionCall(string name, string arguments, string? callId = null) => new ToolItem(new JsonObject
    {
        ["type"] = "function_call",
        ["id"] = FakeResponse.NextId("fc"),
        ["call_id"] = callId ?? FakeResponse.NextId("call"),
        ["name"] = name,
        ["arguments"] = arguments,
    });

    public static FakeItem CustomToolCall(string name, string input, string? callId = null) => new ToolItem(new JsonObject
    {
        ["type"] = "custom_tool_call",
        ["id"] = FakeResponse.NextId("ctc"),
        ["call_id"] = callId ?? FakeResponse.NextId("call"),
        ["name"] = name,
        ["input"] = input,
    });

    /// <summary>Splits text into <paramref name="count"/> nearly equal pieces (like mock_model.split_text).</summary>
    public static List<string> Split(string text, int count)
    {
        count = Math.Max(1, Math.Min(count, Math.Max(1, text.Length)));
        var pieces = new List<string>(count);
        var size = text.Length / count;
        var extra = text.Length % count;
        var pos = 0;
        for (var i = 0; i < count; i++)
        {
            var len = size + (i < extra ? 1 : 0);
            pieces.Add(text.Substring(pos, len));
            pos += len;
        }

        return pieces;
    }

    private sealed class MessageItem(string id, string text, int deltas, int? stallAfter) : FakeItem
    {
        public override void AppendSteps(List<FakeStep> steps, int outputIndex)
        {
            steps.Add(FakeStep.Event(new JsonObject
            {
                ["type"] = "response.output_item.added",
                ["output_index"] = outputIndex,
                ["item"] = new JsonObject { ["type"] = "message", ["role"] = "assistant", ["id"] = id, ["content"] = new JsonArray() },
            }));
            var n = 0;
            foreach (var piece in Split(text, deltas))
            {
                if (stallAfter == n++)
                {
                    steps.Add(FakeStep.Stall(TimeSpan.FromSeconds(60)));
                }

                steps.Add(FakeStep.Event(new JsonObject
                {
                    ["type"] = "response.output_text.delta",
                    ["item_id"] = id,
                    ["output_index"] = outputIndex,
                    ["content_index"] = 0,
                    ["delta"] = piece,
                }));
            }

            steps.Add(FakeStep.Event(new JsonObject
            {
                ["type"] = "response.output_item.done",
                ["output_index"] = outputIndex,
                ["item"] = new JsonObject
                {
                    ["type"] = "message",
                    ["role"] = "assistant",
                    ["id"] = id,
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() }),
                },
            }));
        }
    }

    private sealed class ReasoningItem(string id, IReadOnlyList<string> summary, int deltas) : FakeItem
    {
        public override void AppendSteps(List<FakeStep> steps, int outputIndex)
        {
            steps.Add(FakeStep.Event(new JsonObject
            {
                ["type"] = "response.output_item.added",
                ["output_index"] = outputIndex,
                ["item"] = new JsonObject { ["type"] = "reasoning", ["id"] = id, ["summary"] = new JsonArray() },
            }));
            for (var si = 0; si < summary.Count; si++)
            {
                steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.reasoning_summary_part.added", ["item_id"] = id, ["output_index"] = outputIndex, ["summary_index"] = si }));
                foreach (var piece in Split(summary[si], deltas))
                {
                    steps.Add(FakeStep.Event(new JsonObject
                    {
                        ["type"] = "response.reasoning_summary_text.delta",
                        ["item_id"] = id,
                        ["output_index"] = outputIndex,
                        ["summary_index"] = si,
                        ["delta"] = piece,
                    }));
                }
            }

            var parts = new JsonArray();
            foreach (var s in summary)
            {
                parts.Add(new JsonObject { ["type"] = "summary_text", ["text"] = s });
            }

            steps.Add(FakeStep.Event(new JsonObject
            {
                ["type"] = "response.output_item.done",
                ["output_index"] = outputIndex,
                ["item"] = new JsonObject { ["type"] = "reasoning", ["id"] = id, ["summary"] = parts },
            }));
        }
    }

    private sealed class ToolItem(JsonObject item) : FakeItem
    {
        public override void AppendSteps(List<FakeStep> steps, int outputIndex)
        {
            steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.output_item.added", ["output_index"] = outputIndex, ["item"] = item.DeepClone() }));
            steps.Add(FakeStep.Event(new JsonObject { ["type"] = "response.output_item.done", ["output_index"] = outputIndex, ["item"] = item.DeepClone() }));
        }
    }
}
