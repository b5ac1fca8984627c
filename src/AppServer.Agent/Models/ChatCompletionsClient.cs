using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Core.Providers;

namespace AppServer.Agent.Models;

/// <summary>
/// <c>wire_api = "chat"</c>: speaks streaming Chat Completions (<c>POST {base_url}/chat/completions</c>) so
/// Ollama, vLLM, llama.cpp and LM Studio work. The Responses-shaped history is translated to chat messages,
/// and the streamed chunks are turned back into Responses-style events, so the turn loop sees one protocol.
/// </summary>
public sealed class ChatCompletionsClient(ModelHttp http, ModelProviderInfo provider) : IModelClient
{
    public async Task StreamAsync(ModelRequest request, IResponseStreamHandler handler, CancellationToken cancellationToken)
    {
        var state = new ChatStreamState();
        var completed = await ModelEventStream.ReadAsync(
            http,
            provider,
            "chat/completions",
            ChatRequestTranslator.Write(request),
            request.Headers,
            handler,
            static (_, data) => data.SequenceEqual("[DONE]"u8) ? null : JsonDocument.Parse(data.ToArray()),
            async (chunk, ct) =>
            {
                if (chunk is null)
                {
                    await state.FinishAsync(handler, ct).ConfigureAwait(false);
                    return true;
                }

                using (chunk)
                {
                    state.Apply(chunk.RootElement, handler);
                }

                return false;
            },
            cancellationToken).ConfigureAwait(false);
        if (completed)
        {
            return;
        }

        // Some servers end the stream after the finish_reason chunk without a [DONE] line.
        if (state.Finished)
        {
            await state.FinishAsync(handler, cancellationToken).ConfigureAwait(false);
            return;
        }

        throw ModelException.StreamDisconnected("stream closed before response.completed");
    }

    /// <summary>Accumulates one streamed chat completion.</summary>
    private sealed class ChatStreamState
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _reasoning = new();
        private readonly SortedDictionary<int, (string Id, string Name, StringBuilder Arguments)> _calls = new();
        private string? _messageId;
        private string? _reasoningId;
        private TokenUsage? _usage;

        public bool Finished { get; private set; }

        public void Apply(JsonElement chunk, IResponseStreamHandler handler)
        {
            if (chunk.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : "error event received";
                throw ModelException.StreamDisconnected(message ?? "error event received");
            }

            if (chunk.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
            {
                _usage = ChatUsage(usage);
            }

            if (!chunk.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var choice in choices.EnumerateArray())
            {
                if (choice.TryGetProperty("delta", out var delta) && delta.ValueKind == JsonValueKind.Object)
                {
                    ApplyDelta(delta, handler);
                }

                if (choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String)
                {
                    Finished = true;
                }
            }
        }

        private void ApplyDelta(JsonElement delta, IResponseStreamHandler handler)
        {
            foreach (var name in (ReadOnlySpan<string>)["reasoning_content", "reasoning"])
            {
                if (delta.TryGetProperty(name, out var r) && r.ValueKind == JsonValueKind.String && r.GetString() is { Length: > 0 } reasoning)
                {
                    if (_reasoningId is null)
                    {
                        _reasoningId = "rs_" + Guid.CreateVersion7().ToString("N");
                        handler.OnOutputItemAdded(Element(new JsonObject { ["type"] = "reasoning", ["id"] = _reasoningId, ["summary"] = new JsonArray() }));
                    }

                    _reasoning.Append(reasoning);
                    handler.OnReasoningTextDelta(_reasoningId, reasoning, 0);
                    break;
                }
            }

            if (delta.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String && content.GetString() is { Length: > 0 } text)
            {
                if (_messageId is null)
                {
                    _messageId = "msg_" + Guid.CreateVersion7().ToString("N");
                    handler.OnOutputItemAdded(Element(new JsonObject { ["type"] = "message", ["role"] = "assistant", ["id"] = _messageId, ["content"] = new JsonArray() }));
                }

                _text.Append(text);
                handler.OnOutputTextDelta(_messageId, text);
            }

            if (delta.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    var index = call.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetInt32() : _calls.Count;
                    if (!_calls.TryGetValue(index, out var entry))
                    {
                        entry = ("", "", new StringBuilder());
                    }

                    if (call.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    {
                        entry.Id = id.GetString()!;
                    }

                    if (call.TryGetProperty("function", out var function) && function.ValueKind == JsonValueKind.Object)
                    {
                        if (function.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                        {
                            entry.Name += name.GetString();
                        }

                        if (function.TryGetProperty("arguments", out var args) && args.ValueKind == JsonValueKind.String)
                        {
                            entry.Arguments.Append(args.GetString());
                        }
                    }

                    _calls[index] = entry;
                }
            }
        }

        public async Task FinishAsync(IResponseStreamHandler handler, CancellationToken cancellationToken)
        {
            if (_reasoningId is not null)
            {
                await handler.OnOutputItemDoneAsync(Element(new JsonObject
                {
                    ["type"] = "reasoning",
                    ["id"] = _reasoningId,
                    ["summary"] = new JsonArray(),
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "reasoning_text", ["text"] = _reasoning.ToString() }),
                }), cancellationToken).ConfigureAwait(false);
            }

            if (_messageId is not null)
            {
                await handler.OnOutputItemDoneAsync(Element(new JsonObject
                {
                    ["type"] = "message",
                    ["role"] = "assistant",
                    ["id"] = _messageId,
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = _text.ToString() }),
                }), cancellationToken).ConfigureAwait(false);
            }

            foreach (var (_, call) in _calls)
            {
                var callId = call.Id.Length > 0 ? call.Id : "call_" + Guid.CreateVersion7().ToString("N");
                await handler.OnOutputItemDoneAsync(Element(new JsonObject
                {
                    ["type"] = "function_call",
                    ["name"] = call.Name,
                    ["arguments"] = call.Arguments.ToString(),
                    ["call_id"] = callId,
                }), cancellationToken).ConfigureAwait(false);
            }

            handler.OnCompleted(null, _usage);
        }

        private static JsonElement Element(JsonObject node) => JsonSerializer.SerializeToElement(node);

        private static TokenUsage ChatUsage(JsonElement usage)
        {
            static long Num(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
            var input = Num(usage, "prompt_tokens");
            var output = Num(usage, "completion_tokens");
            var cached = usage.TryGetProperty("prompt_tokens_details", out var p) ? Num(p, "cached_tokens") : 0;
            var reasoning = usage.TryGetProperty("completion_tokens_details", out var c) ? Num(c, "reasoning_tokens") : 0;
            var total = Num(usage, "total_tokens");
            return new TokenUsage(input, cached, output, reasoning, total == 0 ? input + output : total);
        }
    }
}
