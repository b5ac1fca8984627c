using System.Diagnostics;
using System.Text;
using AppServer.Protocol.Items;
using AppServer.Protocol.Tools;
using AppServer.Sandbox.Processes;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// A process started by exec_command. It outlives the call that started it when it runs longer than the
/// call's yield time; later write_stdin calls (also from later turns) write to it and collect its new output.
/// Its <c>commandExecution</c> item completes exactly once, when the process exits, in the turn that started it.
/// </summary>
public sealed class AgentExecSession : IDisposable
{
    private const int MaxAggregatedChars = 1 << 20;

    private readonly Lock _gate = new();
    private readonly StringBuilder _unread = new();
    private readonly StringBuilder _aggregated = new();
    private readonly Decoder _stdout = Encoding.UTF8.GetDecoder();
    private readonly Decoder _stderr = Encoding.UTF8.GetDecoder();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TaskCompletionSource _outputArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _itemCompleted;

    public AgentExecSession(int id, IRunningProcess process, CommandExecutionThreadItem startedItem, long startedAtMs, ToolContext context)
    {
        Id = id;
        Process = process;
        StartedItem = startedItem;
        StartedAtMs = startedAtMs;
        Context = context;
        var pump = process.PumpOutputAsync(OnOutputAsync);
        Exited = WaitAsync(pump);
    }

    public int Id { get; }

    public IRunningProcess Process { get; }

    /// <summary>The item as sent with <c>item/started</c>.</summary>
    public CommandExecutionThreadItem StartedItem { get; }

    public long StartedAtMs { get; }

    /// <summary>
    /// The turn that started the process. Its output deltas and its completion belong to that turn even when
    /// the process outlives it and a later turn polls it (as in the reference).
    /// </summary>
    public ToolContext Context { get; }

    /// <summary>Completes with the exit code once the process has exited and all output was read.</summary>
    public Task<int> Exited { get; }

    private async Task<int> WaitAsync(Task pump)
    {
        var code = await Process.WaitForExitAsync().ConfigureAwait(false);
        await pump.ConfigureAwait(false);
        return code;
    }

    private ValueTask OnOutputAsync(OutputStreamKind kind, ReadOnlyMemory<byte> data)
    {
        var decoder = kind == OutputStreamKind.Stdout ? _stdout : _stderr;
        var chars = new char[decoder.GetCharCount(data.Span, flush: false)];
        decoder.GetChars(data.Span, chars, flush: false);
        var text = new string(chars);
        if (text.Length == 0)
        {
            return ValueTask.CompletedTask;
        }

        TaskCompletionSource signal;
        lock (_gate)
        {
            _unread.Append(text);
            if (_aggregated.Length < MaxAggregatedChars)
            {
                _aggregated.Append(text, 0, Math.Min(text.Length, MaxAggregatedChars - _aggregated.Length));
            }

            signal = _outputArrived;
            _outputArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var context = Context;
        context.Publish(ToolMessages.CommandOutputDelta.Name, new CommandExecutionOutputDeltaNotification
        {
            ThreadId = context.ThreadId,
            TurnId = context.TurnId,
            ItemId = StartedItem.Id,
            Delta = text,
        });
        signal.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until the process exits or <paramref name="yieldTime"/> passes; returns the output not yet returned.</summary>
    public async Task<(string Output, int? ExitCode)> CollectAsync(TimeSpan yieldTime, CancellationToken ct)
    {
        try
        {
            await Exited.WaitAsync(yieldTime, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        lock (_gate)
        {
            var text = _unread.ToString();
            _unread.Clear();
            return (text, Exited.IsCompletedSuccessfully ? Exited.Result : null);
        }
    }

    /// <summary>The item after the process exited (completed on exit 0, else failed).</summary>
    public CommandExecutionThreadItem FinishedItem(int exitCode)
    {
        string aggregated;
        lock (_gate)
        {
            aggregated = _aggregated.ToString();
        }

        return new CommandExecutionThreadItem
        {
            Id = StartedItem.Id,
            Command = StartedItem.Command,
            Cwd = StartedItem.Cwd,
            ProcessId = StartedItem.ProcessId,
            Source = StartedItem.Source,
            Status = exitCode == 0 ? CommandExecutionStatus.Completed : CommandExecutionStatus.Failed,
            CommandActions = StartedItem.CommandActions,
            AggregatedOutput = aggregated.Length == 0 ? null : aggregated,
            ExitCode = exitCode,
            DurationMs = (long)_clock.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>True for the one caller that gets to complete the item.</summary>
    public bool ClaimCompletion() => Interlocked.Exchange(ref _itemCompleted, 1) == 0;

    public void Dispose() => Process.Dispose();
}
