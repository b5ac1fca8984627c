using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Agent.Models;

/// <summary>Translates a Responses-shaped <see cref="ModelRequest"/> into a streaming Chat Completions body.</summary>
internal static class ChatRequestTranslator
{
    public static byte[] Write(ModelRequest request)
    {
        var messages = new JsonArray();
        JsonObject? pendingToolCalls = null;
        foreach (var raw in request.Input)
        {
            var item = JsonNode.Parse(raw)!.AsObject();
            var type = (string?)item["type"];
            if (type is "function_call" or "custom_tool_call")
            {
                if (pendingToolCalls is null)
                {
                    pendingToolCalls = new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray() };
                    messages.Add(pendingToolCalls);
                }

                var arguments = type == "function_call" ? (string?)item["arguments"] ?? "{}" : JsonSerializer.Serialize(new { input = (string?)item["input"] ?? "" });
                pendingToolCalls["tool_calls"]!.AsArray().Add(new JsonObject
                {
                    ["id"] = (string?)item["call_id"],
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = (string?)item["name"], ["arguments"] = arguments },
                });
                continue;
            }

            pendingToolCalls = null;
            switch (type)
            {
                case "message":
                    messages.Add(Message(item));
                    break;
                case "function_call_output" or "custom_tool_call_output":
                    messages.Add(new JsonObject
                    {
                        ["role"] = "tool",
                        ["tool_call_id"] = (string?)item["call_id"],
                        ["content"] = OutputText(item["output"]),
                    });
                    break;
            }
        }

        var body = new JsonObject
        {
            ["model"] = request.Model,
            ["messages"] = messages,
            ["stream"] = true,
            ["stream_options"] = new JsonObject { ["include_usage"] = true },
        };
        var tools = new JsonArray();
        foreach (var rawTool in request.Tools)
        {
            var tool = JsonNode.Parse(rawTool)!.AsObject();
            if ((string?)tool["type"] == "function")
            {
                tools.Add(new JsonObject
                {
                    ["type"] = "function",
                    ["function"] = new JsonObject
                    {
                        ["name"] = (string?)tool["name"],
                        ["description"] = (string?)tool["description"],
                        ["parameters"] = tool["parameters"]?.DeepClone(),
                    },
                });
            }
        }

        if (tools.Count > 0)
        {
            body["tools"] = tools;
            body["tool_choice"] = "auto";
        }

        if (request.OutputSchema is { } schema)
        {
            body["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject { ["name"] = "codex_output_schema", ["strict"] = true, ["schema"] = JsonNode.Parse(schema.GetRawText()) },
            };
        }

        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    private static JsonObject Message(JsonObject item)
    {
        var role = (string?)item["role"] ?? "user";
        var chatRole = role == "developer" ? "system" : role;
        var parts = item["content"] as JsonArray ?? [];
        var hasImage = parts.Any(p => (string?)p?["type"] == "input_image");
        if (!hasImage)
        {
            var text = string.Join("\n", parts.Select(p => (string?)p?["text"]).Where(t => t is not null));
            return new JsonObject { ["role"] = chatRole, ["content"] = text };
        }

        var content = new JsonArray();
        foreach (var part in parts)
        {
            if ((string?)part?["type"] == "input_image")
            {
                content.Add(new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = (string?)part["image_url"] } });
            }
            else if ((string?)part?["text"] is { } text)
            {
                content.Add(new JsonObject { ["type"] = "text", ["text"] = text });
            }
        }

        return new JsonObject { ["role"] = chatRole, ["content"] = content };
    }

    private static string OutputText(JsonNode? output) => output switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonArray parts => string.Join("\n", parts.Select(p => (string?)p?["text"]).Where(t => t is not null)),
        null => "",
        _ => output.ToJsonString(),
    };
}
