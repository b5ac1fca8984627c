using System.Buffers;
using System.Text.Json;

namespace AppServer.Agent.Turns;

/// <summary>Builds and normalises Responses-API items (the raw history entries) as JSON strings.</summary>
internal static class ResponseItems
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new client-side message id, <c>msg_&lt;uuidv7&gt;</c>.</summary>
    public static string NewMessageId() => "msg_" + Guid.CreateVersion7();

    /// <summary><c>{"type":"message","id","role","content":[{"type":"input_text","text"}...]}</c>.</summary>
    public static string Message(string role, IEnumerable<string> texts, string? id = null)
        => Write(w =>
        {
            w.WriteString("type", "message");
            w.WriteString("id", id ?? NewMessageId());
            w.WriteString("role", role);
            w.WriteStartArray("content");
            foreach (var text in texts)
            {
                w.WriteStartObject();
                w.WriteString("type", "input_text");
                w.WriteString("text", text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    /// <summary>A user message whose parts are already Responses content objects (input_text / input_image).</summary>
    public static string UserMessage(IReadOnlyList<(string Type, string Value)> parts)
        => Write(w =>
        {
            w.WriteString("type", "message");
            w.WriteString("id", NewMessageId());
            w.WriteString("role", "user");
            w.WriteStartArray("content");
            foreach (var (type, value) in parts)
            {
                w.WriteStartObject();
                w.WriteString("type", type);
                w.WriteString(type == "input_image" ? "image_url" : "text", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    /// <summary><c>function_call_output</c> or <c>custom_tool_call_output</c> with a string output.</summary>
    public static string ToolOutput(bool custom, string callId, string output)
        => Write(w =>
        {
            w.WriteString("type", custom ? "custom_tool_call_output" : "function_call_output");
            w.WriteString("call_id", callId);
            w.WriteString("output", output);
        });

    /// <summary>A tool output whose <c>output</c> is raw JSON (a string or an array of content items).</summary>
    public static string ToolOutputRaw(bool custom, string callId, string outputJson)
        => Write(w =>
        {
            w.WriteString("type", custom ? "custom_tool_call_output" : "function_call_output");
            w.WriteString("call_id", callId);
            w.WritePropertyName("output");
            w.WriteRawValue(outputJson);
        });

    /// <summary>
    /// Re-serialises a model output item the way it is replayed upstream: known types keep only the fields
    /// the Responses API accepts back (so provider extras such as <c>annotations</c> or <c>status</c> are
    /// dropped), unknown types are kept verbatim.
    /// </summary>
    public static string Normalize(JsonElement item)
    {
        var type = Str(item, "type");
        switch (type)
        {
            case "message":
                return Write(w =>
                {
                    w.WriteString("type", "message");
                    if (Str(item, "id") is { } id)
                    {
                        w.WriteString("id", id);
                    }

                    w.WriteString("role", Str(item, "role") ?? "assistant");
                    w.WriteStartArray("content");
                    if (item.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var part in content.EnumerateArray())
                        {
                            w.WriteStartObject();
                            w.WriteString("type", Str(part, "type") ?? "output_text");
                            w.WriteString("text", Str(part, "text") ?? "");
                            w.WriteEndObject();
                        }
                    }

                    w.WriteEndArray();
                    if (Str(item, "phase") is { } phase)
                    {
                        w.WriteString("phase", phase);
                    }
                });
            case "reasoning":
                return Write(w =>
                {
                    w.WriteString("type", "reasoning");
                    w.WriteString("id", Str(item, "id") ?? "");
                    w.WriteStartArray("summary");
                    if (item.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var part in summary.EnumerateArray())
                        {
                            w.WriteStartObject();
                            w.WriteString("type", "summary_text");
                            w.WriteString("text", Str(part, "text") ?? "");
                            w.WriteEndObject();
                        }
                    }

                    w.WriteEndArray();
                    w.WritePropertyName("content");
                    if (item.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
                    {
                        content.WriteTo(w);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }

                    w.WritePropertyName("encrypted_content");
                    if (Str(item, "encrypted_content") is { } encrypted)
                    {
                        w.WriteStringValue(encrypted);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                });
            case "function_call":
                return Write(w =>
                {
                    w.WriteString("type", "function_call");
                    if (Str(item, "id") is { } id)
                    {
                        w.WriteString("id", id);
                    }

                    if (Str(item, "namespace") is { } ns)
                    {
                        w.WriteString("namespace", ns);
                    }

                    w.WriteString("name", Str(item, "name") ?? "");
                    w.WriteString("arguments", Str(item, "arguments") ?? "");
                    w.WriteString("call_id", Str(item, "call_id") ?? "");
                });
            case "custom_tool_call":
                return Write(w =>
                {
                    w.WriteString("type", "custom_tool_call");
                    if (Str(item, "id") is { } id)
                    {
                        w.WriteString("id", id);
                    }

                    w.WriteString("call_id", Str(item, "call_id") ?? "");
                    w.WriteString("name", Str(item, "name") ?? "");
                    w.WriteString("input", Str(item, "input") ?? "");
                });
            default:
                return item.GetRawText();
        }
    }

    public static string? Str(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
