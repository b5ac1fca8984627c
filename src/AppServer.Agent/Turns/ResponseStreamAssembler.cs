using System.Text;
using System.Text.Json;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Protocol.Items;
using AppServer.Protocol.Methods;

namespace AppServer.Agent.Turns;

/// <summary>
/// Turns the model's stream events for one turn into thread items: publishes <c>item/started</c>, the deltas
/// and <c>item/completed</c>, commits the finished items to the conversation's history, and collects the tool
/// calls, the usage and the rate limits the turn loop acts on.
/// </summary>
public sealed class ResponseStreamAssembler(ThreadConversation conversation, string turnId, Func<long> nowMs) : IResponseStreamHandler
{
    private readonly ITurnHost _host = conversation.Host;
    private readonly string _threadId = conversation.ThreadId;

    // State of the sampling request being streamed (reset for each request and each retry).
    private readonly Dictionary<string, StreamingMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StreamingReasoning> _reasoning = new(StringComparer.Ordinal);
    private readonly List<ToolCall> _toolCalls = [];
    private RateLimitInfo? _rateLimits;

    /// <summary>The tool calls of the current sampling request, in the order the model made them.</summary>
    public IReadOnlyList<ToolCall> ToolCalls => _toolCalls;

    /// <summary>The usage the current sampling request reported, if any.</summary>
    public TokenUsage? Usage { get; private set; }

    /// <summary>The last agent message completed in this turn (the turn's summary item).</summary>
    public AgentMessageThreadItem? LastAgentMessage { get; private set; }

    /// <summary>Forgets the partial state of a sampling request before a new request or a retry.</summary>
    public void Reset()
    {
        _messages.Clear();
        _reasoning.Clear();
        _toolCalls.Clear();
        Usage = null;
    }

    void IResponseStreamHandler.OnOutputItemAdded(JsonElement item) => OnOutputItemAdded(item);

    void IResponseStreamHandler.OnOutputTextDelta(string itemId, string delta)
    {
        if (_messages.TryGetValue(itemId, out var message))
        {
            message.Text.Append(delta);
        }

        _host.Publish(TurnMethods.AgentMessageDelta, new AgentMessageDeltaNotification { ThreadId = _threadId, TurnId = turnId, ItemId = itemId, Delta = delta });
    }

    void IResponseStreamHandler.OnReasoningSummaryPartAdded(string itemId, int summaryIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Summary, summaryIndex);
        }

        _host.Publish(TurnMethods.ReasoningSummaryPartAdded, new ReasoningSummaryPartAddedNotification { ThreadId = _threadId, TurnId = turnId, ItemId = itemId, SummaryIndex = summaryIndex });
    }

    void IResponseStreamHandler.OnReasoningSummaryTextDelta(string itemId, string delta, int summaryIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Summary, summaryIndex).Append(delta);
        }

        _host.Publish(TurnMethods.ReasoningSummaryTextDelta, new ReasoningSummaryTextDeltaNotification { ThreadId = _threadId, TurnId = turnId, ItemId = itemId, Delta = delta, SummaryIndex = summaryIndex });
    }

    void IResponseStreamHandler.OnReasoningTextDelta(string itemId, string delta, int contentIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Content, contentIndex).Append(delta);
        }

        _host.Publish(TurnMethods.ReasoningTextDelta, new ReasoningTextDeltaNotification { ThreadId = _threadId, TurnId = turnId, ItemId = itemId, Delta = delta, ContentIndex = contentIndex });
    }

    async ValueTask IResponseStreamHandler.OnOutputItemDoneAsync(JsonElement item, CancellationToken cancellationToken)
    {
        var type = ResponseItems.Str(item, "type");
        var id = ResponseItems.Str(item, "id") ?? "";
        var normalized = ResponseItems.Normalize(item);
        switch (type)
        {
            case "message" when ResponseItems.Str(item, "role") is null or "assistant":
            {
                if (!_messages.TryGetValue(id, out var streaming))
                {
                    OnOutputItemAdded(item);
                    streaming = _messages[id];
                }

                var final = new AgentMessageThreadItem { Id = id, Text = MessageText(item), Phase = ResponseItems.Str(item, "phase") };
                _messages.Remove(id);
                await CompleteAsync(final, streaming.StartedAtMs, [normalized]).ConfigureAwait(false);
                LastAgentMessage = final;
                break;
            }

            case "reasoning":
            {
                if (!_reasoning.TryGetValue(id, out var streaming))
                {
                    OnOutputItemAdded(item);
                    streaming = _reasoning[id];
                }

                var final = new ReasoningThreadItem { Id = id, Summary = Parts(item, "summary"), Content = Parts(item, "content") };
                _reasoning.Remove(id);
                await CompleteAsync(final, streaming.StartedAtMs, [normalized]).ConfigureAwait(false);
                break;
            }

            case "function_call" or "custom_tool_call":
            {
                var custom = type == "custom_tool_call";
                _toolCalls.Add(new ToolCall(
                    ResponseItems.Str(item, "call_id") ?? id,
                    ResponseItems.Str(item, "name") ?? "",
                    ResponseItems.Str(item, "namespace"),
                    custom,
                    (custom ? ResponseItems.Str(item, "input") : ResponseItems.Str(item, "arguments")) ?? "",
                    item.Clone()));
                conversation.Commit(turnId, null, nowMs(), null, [normalized]);
                break;
            }

            default:
                conversation.Commit(turnId, null, nowMs(), null, [normalized]);
                break;
        }
    }

    void IResponseStreamHandler.OnCompleted(string? responseId, TokenUsage? usage) => Usage = usage;

    void IResponseStreamHandler.OnRateLimits(RateLimitInfo limits) => _rateLimits = limits;

    /// <summary>The wire snapshot: the latest limits the service reported in this turn, else an empty one.</summary>
    public Protocol.Account.RateLimitSnapshot RateLimitSnapshot() => new()
    {
        LimitId = "codex",
        Primary = Window(_rateLimits?.Primary),
        Secondary = Window(_rateLimits?.Secondary),
    };

    /// <summary>Commits a finished item to history and publishes <c>item/completed</c>.</summary>
    public async ValueTask CompleteAsync(ThreadItem item, long startedAtMs, IReadOnlyList<string> history)
    {
        var completedAt = nowMs();
        conversation.Commit(turnId, item, startedAtMs, completedAt, history);
        _host.Publish(TurnMethods.ItemCompleted, new ItemCompletedNotification { Item = item, ThreadId = _threadId, TurnId = turnId, CompletedAtMs = completedAt });
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// On interrupt: the partial agent messages are completed and kept, like the reference does (they stay
    /// out of the model's history).
    /// </summary>
    public void CompletePartialMessages()
    {
        foreach (var message in _messages.Values)
        {
            var partial = new AgentMessageThreadItem { Id = message.Id, Text = message.Text.ToString() };
            var completedAt = nowMs();
            conversation.Commit(turnId, partial, message.StartedAtMs, completedAt, []);
            _host.Publish(TurnMethods.ItemCompleted, new ItemCompletedNotification { Item = partial, ThreadId = _threadId, TurnId = turnId, CompletedAtMs = completedAt });
        }

        _messages.Clear();
    }

    private void OnOutputItemAdded(JsonElement item)
    {
        var type = ResponseItems.Str(item, "type");
        var id = ResponseItems.Str(item, "id") ?? "";
        if (type == "message" && !_messages.ContainsKey(id))
        {
            var message = new StreamingMessage(id, nowMs());
            _messages[id] = message;
            _host.Publish(TurnMethods.ItemStarted, new ItemStartedNotification
            {
                Item = new AgentMessageThreadItem { Id = id, Text = "", Phase = ResponseItems.Str(item, "phase") },
                ThreadId = _threadId,
                TurnId = turnId,
                StartedAtMs = message.StartedAtMs,
            });
        }
        else if (type == "reasoning" && !_reasoning.ContainsKey(id))
        {
            var reasoning = new StreamingReasoning(id, nowMs());
            _reasoning[id] = reasoning;
            _host.Publish(TurnMethods.ItemStarted, new ItemStartedNotification
            {
                Item = new ReasoningThreadItem { Id = id },
                ThreadId = _threadId,
                TurnId = turnId,
                StartedAtMs = reasoning.StartedAtMs,
            });
        }
    }

    private static Protocol.Account.RateLimitWindow? Window(RateLimitWindowInfo? window) => window is null
        ? null
        : new Protocol.Account.RateLimitWindow { UsedPercent = (int)window.UsedPercent, WindowDurationMins = window.WindowMinutes, ResetsAt = window.ResetsAt };

    private static string MessageText(JsonElement item)
    {
        if (!item.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            if (ResponseItems.Str(part, "type") is "output_text" or "text" && ResponseItems.Str(part, "text") is { } text)
            {
                sb.Append(text);
            }
        }

        return sb.ToString();
    }

    private static IReadOnlyList<string> Parts(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var parts) || parts.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. parts.EnumerateArray().Select(p => ResponseItems.Str(p, "text") ?? "")];
    }

    private sealed class StreamingMessage(string id, long startedAtMs)
    {
        public string Id { get; } = id;

        public long StartedAtMs { get; } = startedAtMs;

        public StringBuilder Text { get; } = new();
    }

    private sealed class StreamingReasoning(string id, long startedAtMs)
    {
        public string Id { get; } = id;

        public long StartedAtMs { get; } = startedAtMs;

        public List<StringBuilder> Summary { get; } = [];

        public List<StringBuilder> Content { get; } = [];

        public StringBuilder Part(List<StringBuilder> parts, int index)
        {
            while (parts.Count <= index)
            {
                parts.Add(new StringBuilder());
            }

            return parts[index];
        }
    }
}
