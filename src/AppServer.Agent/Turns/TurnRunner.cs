using System.Text.Json;
using AppServer.Agent.Models;
using AppServer.Agent.Tools;
using AppServer.Protocol.Items;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Turns;

namespace AppServer.Agent.Turns;

/// <summary>
/// Runs one turn: records the user input, samples the model (re-sending the full history each time),
/// streams items to the thread's subscribers, executes tool calls and samples again until a response has
/// no tool calls; handles stream retries, interrupts and failures with the reference's notifications.
/// The prompt comes from <see cref="TurnPromptBuilder"/>; <see cref="ResponseStreamAssembler"/> turns the
/// model's stream into items.
/// </summary>
public sealed class TurnRunner
{
    private const string TurnAbortedText = "<turn_aborted>\nThe user interrupted the previous turn on purpose. Any running unified exec processes may still be running in the background. If any tools/commands were aborted, they may have partially executed.\n</turn_aborted>";

    private readonly ThreadConversation _conversation;
    private readonly TurnServices _services;
    private readonly TurnSettings _settings;
    private readonly TurnInput _input;
    private readonly TurnPromptBuilder _prompt;
    private readonly ResponseStreamAssembler _stream;
    private readonly ITurnHost _host;
    private readonly CancellationTokenSource _cts = new();
    private readonly Lock _steerGate = new();
    private readonly List<TurnInput> _pendingSteers = [];
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _threadId;
    private readonly string _rootTurnId;
    private volatile bool _interrupted;
    private long _startedAtMs;

    internal TurnRunner(ThreadConversation conversation, TurnServices services, TurnSettings settings, TurnInput input, TurnClientIdentity identity)
    {
        _conversation = conversation;
        _services = services;
        _settings = settings;
        _input = input;
        _host = conversation.Host;
        _threadId = conversation.ThreadId;
        TurnId = Guid.CreateVersion7().ToString();
        _rootTurnId = input.RootTurnId ?? TurnId;
        _prompt = new TurnPromptBuilder(conversation, services, settings, input, identity, TurnId, _rootTurnId);
        _stream = new ResponseStreamAssembler(conversation, TurnId, () => NowMs);
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
            _host.Publish(TurnMethods.Started, new TurnStartedNotification
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

            var context = _prompt.ContextItems();
            await RecordUserInputAsync(_input, context, ct).ConfigureAwait(false);

            while (true)
            {
                ct.ThrowIfCancellationRequested();
                await SampleWithRetriesAsync(ct).ConfigureAwait(false);
                var calls = _stream.ToolCalls.ToList();
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

    private async Task RecordUserInputAsync(TurnInput input, IReadOnlyList<string> contextBefore, CancellationToken ct)
    {
        var startedAt = NowMs;
        var item = new UserMessageThreadItem
        {
            Id = Guid.CreateVersion7().ToString(),
            ClientId = input.ClientUserMessageId,
            Content = input.Input,
        };
        _host.Publish(TurnMethods.ItemStarted, new ItemStartedNotification { Item = item, ThreadId = _threadId, TurnId = TurnId, StartedAtMs = startedAt });
        var history = new List<string>(contextBefore) { ResponseItems.UserMessage(input.ToContentParts()) };

        // Skills the input names follow as separate user messages; being history, a resumed thread re-sends them.
        var warn = (string message) => _host.Publish(ServerMessages.Warning, new Protocol.Notifications.WarningNotification { Message = message, ThreadId = _threadId });
        history.AddRange(_services.SkillInjections(_settings.Cwd, input.Input, warn).Select(text => ResponseItems.Message("user", [text])));
        _conversation.Commit(TurnId, item, startedAt, startedAt, history);
        _host.Publish(TurnMethods.ItemCompleted, new ItemCompletedNotification { Item = item, ThreadId = _threadId, TurnId = TurnId, CompletedAtMs = startedAt });
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
            _stream.Reset();
            var request = _prompt.BuildRequest(_startedAtMs);
            try
            {
                await client.StreamAsync(request, _stream, ct).ConfigureAwait(false);
                break;
            }
            catch (ModelException ex) when (ex.Retryable && attempt < maxRetries && !ct.IsCancellationRequested)
            {
                _host.Publish(TurnMethods.Error, new ErrorNotification
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
                await Task.Delay(_services.Backoff.Delay(attempt + 1, ex.RetryAfter), ct).ConfigureAwait(false);
            }
        }

        var usage = _conversation.AddUsage(TurnId, _stream.Usage ?? default);
        _host.Publish(TurnMethods.TokenUsageUpdated, TokenUsageNotification.For(_threadId, usage, _services.Models.For(_settings.Model).ContextWindow));

        // The reference follows every usage update with the account's rate limits. Only the OpenAI service
        // reports them (response headers); from any other provider the snapshot is empty, as the reference's is then.
        _host.Publish(AccountMethods.RateLimitsUpdated, new Protocol.Account.AccountRateLimitsUpdatedNotification { RateLimits = _stream.RateLimitSnapshot() });
    }

    private async Task RunToolAsync(ToolCall call, CancellationToken ct)
    {
        var context = new ToolContext(_threadId, TurnId, _settings.ForTools(), _host, (item, startedAt, _) => _stream.CompleteAsync(item, startedAt, []), Interrupt);
        var result = await _services.Tools.ExecuteAsync(call, context, ct).ConfigureAwait(false);
        _conversation.Commit(TurnId, null, NowMs, null, [ResponseItems.ToolOutputRaw(call.Custom, call.CallId, result.OutputJson)]);
    }

    // ---- endings ---------------------------------------------------------------------------------

    private void RecordInterruption()
    {
        // The partial agent message is completed and kept (like the reference); the model is told next time.
        _stream.CompletePartialMessages();
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

        IReadOnlyList<JsonElement> items = status == TurnStatus.Completed && _stream.LastAgentMessage is { } last
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
                _host.Publish(ReadStateMethods.Changed, readState);
            }

            if (error is not null)
            {
                _host.SetStatus(TurnThreadStatus.SystemError);
                _host.Publish(TurnMethods.Error, new ErrorNotification { Error = error, WillRetry = false, ThreadId = _threadId, TurnId = TurnId });
            }
            else
            {
                _host.SetStatus(TurnThreadStatus.Idle);
            }

            _host.Publish(TurnMethods.Completed, new TurnCompletedNotification { ThreadId = _threadId, Turn = turn });
        });
    }

    private TurnSnapshot Snapshot(string status, long? completedAtMs, TurnError? error)
        => new(TurnId, status, _startedAtMs, completedAtMs, completedAtMs - _startedAtMs, error, _rootTurnId);
}
