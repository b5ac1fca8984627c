using System.Collections.Concurrent;
using System.Text;
using AppServer.Core.Home;
using AppServer.Protocol.Errors;
using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Processes;

namespace AppServer.Agent.Exec;

/// <summary>
/// Runs standalone commands for clients (<c>command/exec</c>): builds the environment, picks the sandbox,
/// spawns, streams or buffers output under a cap, enforces the timeout, and keeps processes addressable
/// by (connection, processId) until they exit. Processes die with their connection.
/// </summary>
public sealed class CommandExecService(IExecDefaults defaults, SandboxSelector sandboxes, CodexHome home)
{
    /// <summary>Exit code reported when the timeout killed the command (as <c>timeout(1)</c>).</summary>
    public const int TimeoutExitCode = 124;

    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(string Connection, string ProcessId), ExecSession?> _sessions = new();

    /// <summary>Runs <paramref name="request"/> to completion.</summary>
    /// <param name="connectionId">The owning connection.</param>
    /// <param name="request">The validated request.</param>
    /// <param name="onOutput">Receives streamed chunks in order (only when <see cref="CommandExecRequest.StreamOutput"/>); must copy the bytes before returning.</param>
    /// <param name="connectionClosed">Kills the process when the connection closes.</param>
    public async Task<CommandExecResult> RunAsync(string connectionId, CommandExecRequest request, Action<ExecOutputChunk>? onOutput, CancellationToken connectionClosed)
    {
        var key = (connectionId, request.ProcessId ?? $"internal-{Guid.NewGuid():N}");
        if (!_sessions.TryAdd(key, null))
        {
            throw new InvalidRequestException($"duplicate active command/exec process id: \"{request.ProcessId}\"");
        }

        IRunningProcess? process = null;
        try
        {
            var plan = Prepare(request);
            process = ProcessRunner.Start(plan, request.Terminal, keepStdinOpen: request.StreamStdin);
            var session = new ExecSession(process, request.StreamStdin || request.Terminal is not null);
            _sessions[key] = session;
            await using var kill = connectionClosed.Register(process.Kill);
            return await CollectAsync(process, session, request, key.Item2, onOutput).ConfigureAwait(false);
        }
        catch (SandboxUnavailableException ex)
        {
            throw new InternalErrorException(ex.Message);
        }
        catch (SpawnException ex)
        {
            throw new InternalErrorException(ex.Message);
        }
        finally
        {
            // Unregister first so follow-up calls see "no active command" rather than a disposed process.
            _sessions.TryRemove(key, out _);
            process?.Dispose();
        }
    }

    /// <summary>The running session with this id on this connection.</summary>
    /// <exception cref="InvalidRequestException">No such command is running.</exception>
    public ExecSession Get(string connectionId, string processId)
        => _sessions.TryGetValue((connectionId, processId), out var session) && session is not null
            ? session
            : throw new InvalidRequestException($"no active command/exec for process id \"{processId}\"");

    private LaunchPlan Prepare(CommandExecRequest request)
    {
        var environment = defaults.CreateBaseEnvironment(request.Cwd);
        foreach (var (name, value) in request.EnvironmentOverrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }

        var policy = request.Policy
            ?? (request.PermissionProfile is { } profile ? defaults.ResolvePermissionProfile(profile) : defaults.DefaultSandboxPolicy(request.Cwd));
        // The policy is rooted at the server's cwd (as in the reference): a cwd elsewhere is where the command
        // runs, not a directory it may write.
        var sandbox = new SandboxRequest(request.Command, request.Cwd, environment, policy, request.Terminal is not null)
        {
            PolicyCwd = Environment.CurrentDirectory,
            HiddenFiles = SandboxHiddenFiles.For(home.Path),
            ReadOnlyPaths = [home.Path],
        };
        return sandboxes.Select(policy).Prepare(sandbox);
    }

    private static async Task<CommandExecResult> CollectAsync(
        IRunningProcess process, ExecSession session, CommandExecRequest request, string processId, Action<ExecOutputChunk>? onOutput)
    {
        var stdout = new CappedStream(request.OutputCap);
        var stderr = new CappedStream(request.OutputCap);
        var stream = request.StreamOutput && onOutput is not null;
        var pump = process.PumpOutputAsync((kind, data) =>
        {
            var target = kind == OutputStreamKind.Stdout ? stdout : stderr;
            var (accepted, capReached) = target.Accept(data, keep: !stream);
            if (stream && (!accepted.IsEmpty || capReached))
            {
                onOutput!(new ExecOutputChunk(processId, kind, accepted, capReached));
            }

            return ValueTask.CompletedTask;
        });

        var exit = process.WaitForExitAsync();
        var timedOut = false;
        if (request.Timeout is { } timeout)
        {
            using var timer = new CancellationTokenSource();
            if (await Task.WhenAny(exit, Task.Delay(timeout, timer.Token)).ConfigureAwait(false) != exit)
            {
                timedOut = !session.Terminated;
                process.Kill();
            }

            timer.Cancel(); // release the timer now rather than when it would have fired
        }

        var exitCode = await exit.ConfigureAwait(false);
        // Output written just before exit is still in flight; a daemonized grandchild may hold the pipes
        // open forever, so wait only a little for the end of the streams.
        if (!pump.IsCompleted)
        {
            using var grace = new CancellationTokenSource();
            await Task.WhenAny(pump, Task.Delay(OutputGrace, grace.Token)).ConfigureAwait(false);
            grace.Cancel();
            if (!pump.IsCompleted)
            {
                process.Kill();
            }
        }

        return new CommandExecResult(timedOut ? TimeoutExitCode : exitCode, stdout.Text, stderr.Text);
    }

    /// <summary>One output stream's capture, truncated at the cap.</summary>
    private sealed class CappedStream(long? cap)
    {
        private readonly MemoryStream _buffer = new();
        private long _seen;
        private bool _capped;

        public string Text => Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);

        /// <summary>Returns the part of <paramref name="data"/> under the cap and whether this chunk hit it.</summary>
        public (ReadOnlyMemory<byte> Accepted, bool CapReached) Accept(ReadOnlyMemory<byte> data, bool keep)
        {
            if (_capped)
            {
                return (ReadOnlyMemory<byte>.Empty, false);
            }

            var room = cap is { } limit ? Math.Max(0, limit - _seen) : long.MaxValue;
            var accepted = data.Length > room ? data[..(int)room] : data;
            _capped = data.Length > room;
            _seen += accepted.Length;
            if (keep)
            {
                _buffer.Write(accepted.Span);
            }

            return (accepted, _capped);
        }
    }
}
