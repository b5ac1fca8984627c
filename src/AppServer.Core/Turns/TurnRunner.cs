using System.Text;
using System.Text.Json;
using AppServer.Core.Models;
using AppServer.Core.Tools;
using AppServer.Protocol.Items;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Core.Turns;

/// <summary>
/// Runs one turn: records the user input, samples the model (re-sending the full history each time),
/// streams items to the thread's subscribers, executes tool calls and samples again until a response has
/// no tool calls; handles stream retries, interrupts and failures with the reference's notifications.
/// </summary>
public sealed class TurnRunner : IResponseStreamHandler
{
    private RateLimitInfo? _rateLimits;
    private const string TurnAbortedText = "<turn_aborted>\nThe user interrupted the previous turn on purpose. Any running unified exec processes may still be running in the background. If any tools/commands were aborted, they may have partially executed.\n</turn_aborted>";

    private readonly ThreadConversation _conversation;
    private readonly TurnServices _services;
    private readonly TurnSettings _settings;
    private readonly TurnInput _input;
    private readonly TurnClientIdentity _identity;
    private readonly ITurnHost _host;
    private readonly CancellationTokenSource _cts = new();
    private readonly Lock _steerGate = new();
    private readonly List<TurnInput> _pendingSteers = [];
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _threadId;
    private readonly string _rootTurnId;
    private volatile bool _interrupted;
    private long _startedAtMs;

    // State of the sampling request being streamed (reset for each request and each retry).
    private readonly Dictionary<string, StreamingMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StreamingReasoning> _reasoning = new(StringComparer.Ordinal);
    private readonly List<ToolCall> _toolCalls = [];
    private TokenUsage? _usage;
    private AgentMessageThreadItem? _lastAgentMessage;

    internal TurnRunner(ThreadConversation conversation, TurnServices services, TurnSettings settings, TurnInput input, TurnClientIdentity identity)
    {
        _conversation = conversation;
        _services = services;
        _settings = settings;
        _input = input;
        _identity = identity;
        _host = conversation.Host;
        _threadId = conversation.ThreadId;
        TurnId = Guid.CreateVersion7().ToString();
        _rootTurnId = input.RootTurnId ?? TurnId;
    }

    public string TurnId { get; }

    /// <summary>Completes when the turn has ended and <c>turn/completed</c> was published.</summary>
    public Task Completion => _completion.Task;

    /// <summary>The turn as the <c>turn/start</c> response shows it.</summary>
    internal Turn PendingTurn() => new()
    {
        Id = TurnId,
        RootTurnId = _rootTurnId,
        Items = [],
        ItemsView = TurnItemsView.NotLoaded,
        Status = TurnStatus.InProgress,
    };

    internal void Start() => _ = Task.Run(RunAsync);

    internal void Interrupt()
    {
        _interrupted = true;
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    internal void EnqueueSteer(TurnInput input)
    {
        lock (_steerGate)
        {
            _pendingSteers.Add(input);
        }
    }

    private long NowMs => _services.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task RunAsync()
    {
        var ct = _cts.Token;
        _startedAtMs = NowMs;
        var status = TurnStatus.Completed;
        TurnError? error = null;
        try
        {
            _host.SetStatus(TurnThreadStatus.Active);
            _conversation.Recorder.SaveTurn(Snapshot("inProgress", null, null));
            _host.Publish("turn/started", new TurnStartedNotification
            {
                ThreadId = _threadId,
                Turn = new Turn
                {
                    Id = TurnId,
                    RootTurnId = _rootTurnId,
                    Items = [],
                    ItemsView = TurnItemsView.NotLoaded,
                    Status = TurnStatus.InProgress,
                    StartedAt = _startedAtMs / 1000,
                },
            });

            var context = ContextItems();
            await RecordUserInputAsync(_input, context, ct).ConfigureAwait(false);

            while (true)
            {
                ct.ThrowIfCancellationRequested();
                await SampleWithRetriesAsync(ct).ConfigureAwait(false);
                var calls = _toolCalls.ToList();
                foreach (var call in calls)
                {
                    await RunToolAsync(call, ct).ConfigureAwait(false);
                }

                var steered = await DrainSteersAsync(ct).ConfigureAwait(false);
                if (calls.Count == 0 && !steered)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (_interrupted)
        {
            status = TurnStatus.Interrupted;
        }
        catch (ModelException ex)
        {
            (status, error) = (TurnStatus.Failed, new TurnError { Message = ex.Message, CodexErrorInfo = ex.Info });
        }
        catch (Exception ex)
        {
            (status, error) = (TurnStatus.Failed, ErrorFor(ex));
        }

        try
        {
            if (status == TurnStatus.Interrupted)
            {
                RecordInterruption();
            }
        }
        catch (Exception ex)
        {
            (status, error) = (TurnStatus.Failed, ErrorFor(ex));
        }

        // Whatever failed above (a full disk included), the turn ends here: turn/completed goes out and the
        // thread takes new turns. Finish itself does not throw.
        try
        {
            Finish(status, error);
        }
        finally
        {
            _cts.Dispose();
            _completion.TrySetResult();
        }
    }

    /// <summary>The turn's error for an unexpected failure; a storage failure names the file and the cause.</summary>
    private static TurnError ErrorFor(Exception ex) => new() { Message = ex.Message, CodexErrorInfo = CodexErrorInfo.Other };

    /// <summary>The context the model sees before this turn's input: everything on a new thread, or what changed.</summary>
    private List<string> ContextItems()
    {
        var items = new List<string>();
        var environment = EnvironmentContext.For(_settings, _services.Clock.GetLocalNow());
        var permissions = PromptText.Permissions(_settings);
        if (_conversation.HistoryIsEmpty())
        {
            var facts = _services.Models.For(_settings.Model);
            var baseInstructions = _settings.BaseInstructions ?? facts.BaseInstructions ?? PromptText.DefaultBaseInstructions;
            items.Add(ResponseItems.Message("developer", [baseInstructions]));
            var developer = new List<string>();
            if (!string.IsNullOrWhiteSpace(_settings.DeveloperInstructions))
            {
                developer.Add(_settings.DeveloperInstructions!);
            }

            if (_settings.SkillsInstructions is { } skills)
            {
                developer.Add(skills);
            }

            developer.Add(permissions);
            items.Add(ResponseItems.Message("developer", developer));
            var user = new List<string>();
            if (_services.AgentsMd(_settings.Cwd) is { } agents)
            {
                user.Add(agents);
            }

            user.Add(environment.Render());
            items.Add(ResponseItems.Message("user", user));
        }
        else
        {
            if (_conversation.LastPermissions is { } lastPermissions && lastPermissions != permissions)
            {
                items.Add(ResponseItems.Message("developer", [permissions]));
            }

            if (_conversation.LastContext is { } lastContext && environment.Render(lastContext) is { } changed)
            {
                items.Add(ResponseItems.Message("user", [changed]));
            }
        }

        _conversation.LastContext = environment;
        _conversation.LastPermissions = permissions;
        return items;
    }

    private async Task RecordUserInputAsync(TurnInput input, IReadOnlyList<string> contextBefore, CancellationToken ct)
    {
        var startedAt = NowMs;
        var item = new UserMessageThreadItem
        {
            Id = Guid.CreateVersion7().ToString(),
            ClientId = input.ClientUserMessageId,
            Content = input.Input,
        };
        _host.Publish("item/started", new ItemStartedNotification { Item = item, ThreadId = _threadId, TurnId = TurnId, StartedAtMs = startedAt });
        var history = new List<string>(contextBefore) { ResponseItems.UserMessage(input.ToContentParts()) };

        // Skills the input names follow as separate user messages; being history, a resumed thread re-sends them.
        var warn = (string message) => _host.Publish(ServerMessages.Warning.Name, new Protocol.Notifications.WarningNotification { Message = message, ThreadId = _threadId });
        history.AddRange(_services.SkillInjections(_settings.Cwd, input.Input, warn).Select(text => ResponseItems.Message("user", [text])));
        _conversation.Commit(TurnId, item, startedAt, startedAt, history);
        _host.Publish("item/completed", new ItemCompletedNotification { Item = item, ThreadId = _threadId, TurnId = TurnId, CompletedAtMs = startedAt });
        await Task.CompletedTask.ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
    }

    private async Task<bool> DrainSteersAsync(CancellationToken ct)
    {
        List<TurnInput> steers;
        lock (_steerGate)
        {
            steers = [.. _pendingSteers];
            _pendingSteers.Clear();
        }

        foreach (var steer in steers)
        {
            await RecordUserInputAsync(steer, [], ct).ConfigureAwait(false);
        }

        return steers.Count > 0;
    }

    private async Task SampleWithRetriesAsync(CancellationToken ct)
    {
        var provider = _services.Providers(_settings.ModelProvider)
            ?? throw new ModelException($"Model provider `{_settings.ModelProvider}` not found", CodexErrorInfo.Other);
        var client = _services.Clients.Create(provider);
        var maxRetries = provider.EffectiveStreamMaxRetries;
        for (var attempt = 0; ; attempt++)
        {
            ResetSamplingState();
            var request = BuildRequest();
            try
            {
                await client.StreamAsync(request, this, ct).ConfigureAwait(false);
                break;
            }
            catch (ModelException ex) when (ex.Retryable && attempt < maxRetries && !ct.IsCancellationRequested)
            {
                _host.Publish("error", new ErrorNotification
                {
                    Error = new TurnError
                    {
                        Message = $"Reconnecting... {attempt + 1}/{maxRetries}",
                        CodexErrorInfo = CodexErrorInfo.ResponseStreamDisconnected(null),
                        AdditionalDetails = ex.Message,
                    },
                    WillRetry = true,
                    ThreadId = _threadId,
                    TurnId = TurnId,
                });
                await Task.Delay(RetryBackoff.Delay(attempt + 1, ex.RetryAfter), ct).ConfigureAwait(false);
            }
        }

        var usage = _conversation.AddUsage(TurnId, _usage ?? default);
        _host.Publish("thread/tokenUsage/updated", TokenUsageNotification.For(_threadId, usage, _services.Models.For(_settings.Model).ContextWindow));

        // The reference follows every usage update with the account's rate limits. Only the OpenAI service
        // reports them (response headers); from any other provider the snapshot is empty, as the reference's is then.
        _host.Publish("account/rateLimits/updated", new Protocol.Account.AccountRateLimitsUpdatedNotification { RateLimits = RateLimitSnapshot() });
    }

    private void ResetSamplingState()
    {
        _messages.Clear();
        _reasoning.Clear();
        _toolCalls.Clear();
        _usage = null;
    }

    private ModelRequest BuildRequest()
    {
        var facts = _services.Models.For(_settings.Model);
        var summary = _settings.ReasoningSummary ?? facts.DefaultReasoningSummary;
        if (summary == "none")
        {
            summary = null;
        }

        var effort = _settings.ReasoningEffort ?? facts.DefaultReasoningEffort;
        var windowId = _threadId + ":0";
        var turnMetadata = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["installation_id"] = _services.InstallationId,
            ["session_id"] = _threadId,
            ["thread_id"] = _threadId,
            ["turn_id"] = TurnId,
            ["window_id"] = windowId,
            ["window_number"] = 0,
            ["request_kind"] = "turn",
            ["root_turn_id"] = _rootTurnId,
            ["sandbox_mode"] = _settings.SandboxMode,
            ["turn_started_at_unix_ms"] = _startedAtMs,
            ["model"] = _settings.Model,
            ["reasoning_effort"] = effort,
        });
        return new ModelRequest
        {
            Model = _settings.Model,
            Input = _conversation.HistorySnapshot(),
            Tools = _services.Tools.SpecsFor(_settings, _threadId),
            ReasoningEffort = effort,
            ReasoningSummary = summary,
            Verbosity = facts.SupportsVerbosity ? facts.DefaultVerbosity : null,
            OutputSchema = _input.OutputSchema,
            PromptCacheKey = _threadId,
            ClientMetadata =
            [
                new("session_id", _threadId),
                new("x-codex-installation-id", _services.InstallationId),
                new("thread_id", _threadId),
                new("turn_id", TurnId),
                new("x-codex-turn-metadata", turnMetadata),
                new("x-codex-window-id", windowId),
                new("root_turn_id", _rootTurnId),
            ],
            Headers =
            [
                new("x-codex-window-id", windowId),
                new("x-codex-turn-metadata", turnMetadata),
                new("x-client-request-id", _threadId),
                new("session-id", _threadId),
                new("thread-id", _threadId),
                new("originator", _identity.Originator),
                new("user-agent", _identity.UserAgent),
                .. (_settings.ModelProvider == ModelProviderInfo.OpenAiId ? [new KeyValuePair<string, string>("version", Protocol.ProtocolVersion.Codex)] : Array.Empty<KeyValuePair<string, string>>()),
            ],
        };
    }

    // ---- streamed events -------------------------------------------------------------------------

    void IResponseStreamHandler.OnOutputItemAdded(JsonElement item)
    {
        var type = ResponseItems.Str(item, "type");
        var id = ResponseItems.Str(item, "id") ?? "";
        if (type == "message" && !_messages.ContainsKey(id))
        {
            var message = new StreamingMessage(id, NowMs);
            _messages[id] = message;
            _host.Publish("item/started", new ItemStartedNotification
            {
                Item = new AgentMessageThreadItem { Id = id, Text = "", Phase = ResponseItems.Str(item, "phase") },
                ThreadId = _threadId,
                TurnId = TurnId,
                StartedAtMs = message.StartedAtMs,
            });
        }
        else if (type == "reasoning" && !_reasoning.ContainsKey(id))
        {
            var reasoning = new StreamingReasoning(id, NowMs);
            _reasoning[id] = reasoning;
            _host.Publish("item/started", new ItemStartedNotification
            {
                Item = new ReasoningThreadItem { Id = id },
                ThreadId = _threadId,
                TurnId = TurnId,
                StartedAtMs = reasoning.StartedAtMs,
            });
        }
    }

    void IResponseStreamHandler.OnOutputTextDelta(string itemId, string delta)
    {
        if (_messages.TryGetValue(itemId, out var message))
        {
            message.Text.Append(delta);
        }

        _host.Publish("item/agentMessage/delta", new AgentMessageDeltaNotification { ThreadId = _threadId, TurnId = TurnId, ItemId = itemId, Delta = delta });
    }

    void IResponseStreamHandler.OnReasoningSummaryPartAdded(string itemId, int summaryIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Summary, summaryIndex);
        }

        _host.Publish("item/reasoning/summaryPartAdded", new ReasoningSummaryPartAddedNotification { ThreadId = _threadId, TurnId = TurnId, ItemId = itemId, SummaryIndex = summaryIndex });
    }

    void IResponseStreamHandler.OnReasoningSummaryTextDelta(string itemId, string delta, int summaryIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Summary, summaryIndex).Append(delta);
        }

        _host.Publish("item/reasoning/summaryTextDelta", new ReasoningSummaryTextDeltaNotification { ThreadId = _threadId, TurnId = TurnId, ItemId = itemId, Delta = delta, SummaryIndex = summaryIndex });
    }

    void IResponseStreamHandler.OnReasoningTextDelta(string itemId, string delta, int contentIndex)
    {
        if (_reasoning.TryGetValue(itemId, out var reasoning))
        {
            reasoning.Part(reasoning.Content, contentIndex).Append(delta);
        }

        _host.Publish("item/reasoning/textDelta", new ReasoningTextDeltaNotification { ThreadId = _threadId, TurnId = TurnId, ItemId = itemId, Delta = delta, ContentIndex = contentIndex });
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
                    ((IResponseStreamHandler)this).OnOutputItemAdded(item);
                    streaming = _messages[id];
                }

                var final = new AgentMessageThreadItem { Id = id, Text = MessageText(item), Phase = ResponseItems.Str(item, "phase") };
                _messages.Remove(id);
                await CompleteAsync(final, streaming.StartedAtMs, [normalized]).ConfigureAwait(false);
                _lastAgentMessage = final;
                break;
            }

            case "reasoning":
            {
                if (!_reasoning.TryGetValue(id, out var streaming))
                {
                    ((IResponseStreamHandler)this).OnOutputItemAdded(item);
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
                _conversation.Commit(TurnId, null, NowMs, null, [normalized]);
                break;
            }

            default:
                _conversation.Commit(TurnId, null, NowMs, null, [normalized]);
                break;
        }
    }

    void IResponseStreamHandler.OnCompleted(string? responseId, TokenUsage? usage) => _usage = usage;

    void IResponseStreamHandler.OnRateLimits(RateLimitInfo limits) => _rateLimits = limits;

    /// <summary>The wire snapshot: the latest limits the service reported in this turn, else an empty one.</summary>
    private Protocol.Account.RateLimitSnapshot RateLimitSnapshot() => new()
    {
        LimitId = "codex",
        Primary = Window(_rateLimits?.Primary),
        Secondary = Window(_rateLimits?.Secondary),
    };

    private static Protocol.Account.RateLimitWindow? Window(RateLimitWindowInfo? window) => window is null
        ? null
        : new Protocol.Account.RateLimitWindow { UsedPercent = (int)window.UsedPercent, WindowDurationMins = window.WindowMinutes, ResetsAt = window.ResetsAt };

    private async ValueTask CompleteAsync(ThreadItem item, long startedAtMs, IReadOnlyList<string> history)
    {
        var completedAt = NowMs;
        _conversation.Commit(TurnId, item, startedAtMs, completedAt, history);
        _host.Publish("item/completed", new ItemCompletedNotification { Item = item, ThreadId = _threadId, TurnId = TurnId, CompletedAtMs = completedAt });
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task RunToolAsync(ToolCall call, CancellationToken ct)
    {
        var context = new ToolContext(_threadId, TurnId, _settings, _host, (item, startedAt, _) => CompleteAsync(item, startedAt, []), Interrupt);
        var result = await _services.Tools.ExecuteAsync(call, context, ct).ConfigureAwait(false);
        _conversation.Commit(TurnId, null, NowMs, null, [ResponseItems.ToolOutputRaw(call.Custom, call.CallId, result.OutputJson)]);
    }

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

    // ---- endings ---------------------------------------------------------------------------------

    private void RecordInterruption()
    {
        // The partial agent message is completed and kept (like the reference); the model is told next time.
        foreach (var message in _messages.Values)
        {
            var partial = new AgentMessageThreadItem { Id = message.Id, Text = message.Text.ToString() };
            var completedAt = NowMs;
            _conversation.Commit(TurnId, partial, message.StartedAtMs, completedAt, []);
            _host.Publish("item/completed", new ItemCompletedNotification { Item = partial, ThreadId = _threadId, TurnId = TurnId, CompletedAtMs = completedAt });
        }

        _messages.Clear();
        _conversation.Commit(TurnId, null, NowMs, null, [ResponseItems.Message("user", [TurnAbortedText])]);
    }

    private void Finish(TurnStatus status, TurnError? error)
    {
        var completedAtMs = NowMs;
        var duration = completedAtMs - _startedAtMs;
        var wireStatus = status switch
        {
            TurnStatus.Completed => "completed",
            TurnStatus.Interrupted => "interrupted",
            _ => "failed",
        };
        try
        {
            _conversation.Recorder.SaveTurn(Snapshot(wireStatus, completedAtMs, error));
        }
        catch (Exception ex)
        {
            // The row could not be written (e.g. the disk is full): the turn still ends, as failed, and the
            // recorder writes the final row with its next successful write. A failure that already ended the
            // turn keeps its own message (usually this same cause).
            if (error is null)
            {
                error = ErrorFor(ex);
                status = TurnStatus.Failed;
                wireStatus = "failed";
            }

            _conversation.Recorder.SaveTurnLater(Snapshot(wireStatus, completedAtMs, error));
        }

        IReadOnlyList<JsonElement> items = status == TurnStatus.Completed && _lastAgentMessage is { } last
            ? [JsonSerializer.SerializeToElement<ThreadItem>(last, ProtocolJson.Options)]
            : [];
        var turn = new Turn
        {
            Id = TurnId,
            RootTurnId = _rootTurnId,
            Items = items,
            ItemsView = items.Count > 0 ? TurnItemsView.Summary : TurnItemsView.NotLoaded,
            Status = status,
            Error = error is null ? null : JsonSerializer.SerializeToElement(error, ProtocolJson.Options),
            StartedAt = _startedAtMs / 1000,
            CompletedAt = completedAtMs / 1000,
            DurationMs = duration,
        };
        Protocol.ReadState.ThreadReadStateChangedNotification? readState = null;
        try
        {
            readState = _services.ReadStateAfterTurn(_threadId);
        }
        catch (Exception)
        {
            // A read receipt is not worth a stuck turn.
        }

        _conversation.Finish(this, () =>
        {
            // A finished turn is unread: the receipt changes before the thread goes idle, as in the reference.
            if (readState is not null)
            {
                _host.Publish("thread/readState/changed", readState);
            }

            if (error is not null)
            {
                _host.SetStatus(TurnThreadStatus.SystemError);
                _host.Publish("error", new ErrorNotification { Error = error, WillRetry = false, ThreadId = _threadId, TurnId = TurnId });
            }
            else
            {
                _host.SetStatus(TurnThreadStatus.Idle);
            }

            _host.Publish("turn/completed", new TurnCompletedNotification { ThreadId = _threadId, Turn = turn });
        });
    }

    private TurnSnapshot Snapshot(string status, long? completedAtMs, TurnError? error)
        => new(TurnId, status, _startedAtMs, completedAtMs, completedAtMs - _startedAtMs, error, _rootTurnId);

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
