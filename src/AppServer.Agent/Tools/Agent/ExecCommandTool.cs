using System.Text.Json;
using System.Text.Json.Nodes;
using AppServer.Agent.Approvals;
using AppServer.Agent.Exec;
using AppServer.Agent.ExecPolicy;
using AppServer.Agent.Shell;
using AppServer.Agent.Tools.ApplyPatch;
using AppServer.Protocol.Items;
using AppServer.Protocol.Tools;
using AppServer.Sandbox.Executors;
using AppServer.Sandbox.Policies;
using AppServer.Sandbox.Processes;
using Action = AppServer.Agent.Shell.CommandAction;
using WireAction = AppServer.Protocol.Tools.CommandAction;

namespace AppServer.Agent.Tools.Agent;

/// <summary>
/// <c>exec_command</c>: runs <c>[$SHELL, -lc, cmd]</c> (or <c>-c</c> with <c>login:false</c>) in the turn's
/// sandbox, after the approval engine agreed (asking the client when needed). Output streams as
/// <c>item/commandExecution/outputDelta</c>; a process still running after <c>yield_time_ms</c> keeps a session
/// for <c>write_stdin</c>. An <c>apply_patch &lt;&lt;EOF</c> script is applied as a patch instead.
/// </summary>
public sealed class ExecCommandTool(AgentToolEnvironment env, ExecSessionManager sessions, SandboxSelector sandboxes, IExecDefaults defaults, PatchRunner patches) : IAgentTool
{
    public string Name => "exec_command";

    public string SpecJson { get; } = new JsonObject
    {
        ["type"] = "function",
        ["name"] = "exec_command",
        ["description"] = "Runs a command in a PTY, returning output or a session ID for ongoing interaction.",
        ["strict"] = false,
        ["parameters"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["cmd"] = new JsonObject { ["type"] = "string", ["description"] = "Shell command to execute." },
                ["justification"] = new JsonObject { ["type"] = "string", ["description"] = "Only set if sandbox_permissions is \"require_escalated\". Request approval from the user to run this command outside the sandbox. Phrased as a simple question that summarizes the purpose of the command as it relates to the task at hand - e.g. 'Do you want to fetch and pull the latest version of this git branch?'" },
                ["login"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether to run the shell with -l/-i semantics. Defaults to true." },
                ["max_output_tokens"] = new JsonObject { ["type"] = "number", ["description"] = "Maximum number of tokens to return. Excess output will be truncated." },
                ["prefix_rule"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "Only specify when sandbox_permissions is `require_escalated`. Suggest a prefix command pattern that will allow you to fulfill similar requests from the user in the future. Should be a short but reasonable prefix, e.g. [\"git\", \"pull\"] or [\"uv\", \"run\"] or [\"pytest\"]." },
                ["sandbox_permissions"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("use_default", "require_escalated"), ["description"] = "Sandbox permissions for the command. Set to \"require_escalated\" to request running without sandbox restrictions; defaults to \"use_default\"." },
                ["shell"] = new JsonObject { ["type"] = "string", ["description"] = "Shell binary to launch. Defaults to the user's default shell." },
                ["tty"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether to allocate a TTY for the command. Defaults to false (plain pipes); set to true to open a PTY and access TTY process." },
                ["workdir"] = new JsonObject { ["type"] = "string", ["description"] = "Optional working directory to run the command in; defaults to the turn cwd." },
                ["yield_time_ms"] = new JsonObject { ["type"] = "number", ["description"] = "How long to wait (in milliseconds) for output before yielding." },
            },
            ["required"] = new JsonArray("cmd"),
            ["additionalProperties"] = false,
        },
    }.ToJsonString();

    private sealed record Args(string Cmd, string? Workdir, bool Tty, int YieldMs, int MaxTokens, bool Escalate, string? Justification, IReadOnlyList<string>? PrefixRule, bool Login, string? Shell);

    public async Task<ToolResult> ExecuteAsync(ToolCall call, ToolContext context, CancellationToken cancellationToken)
    {
        Args args;
        try
        {
            args = Parse(call.Payload);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return ToolResult.Text($"failed to parse function arguments: {e.Message}");
        }

        return ToolResult.Text(await RunAsync(call.CallId, args, context, cancellationToken).ConfigureAwait(false));
    }

    private static Args Parse(string payload)
    {
        using var doc = JsonDocument.Parse(payload);
        var r = doc.RootElement;
        string? Str(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        bool? Bool(string n) => r.TryGetProperty(n, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
        double? Num(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        var cmd = Str("cmd") ?? throw new JsonException("missing field `cmd`");
        IReadOnlyList<string>? prefix = r.TryGetProperty("prefix_rule", out var p) && p.ValueKind == JsonValueKind.Array
            ? [.. p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : null;
        return new Args(
            cmd,
            Str("workdir"),
            Bool("tty") ?? false,
            (int)Math.Clamp(Num("yield_time_ms") ?? 10_000, 250, 30_000),
            (int)Math.Clamp(Num("max_output_tokens") ?? 10_000, 1, 1_000_000),
            Str("sandbox_permissions") == "require_escalated",
            Str("justification"),
            prefix,
            Bool("login") ?? true,
            Str("shell"));
    }

    private async Task<string> RunAsync(string callId, Args args, ToolContext context, CancellationToken ct)
    {
        var settings = context.Settings;
        var cwd = args.Workdir is { Length: > 0 } w ? Path.GetFullPath(Path.IsPathRooted(w) ? w : Path.Combine(settings.Cwd, w)) : settings.Cwd;

        if (ApplyPatchInvocation.FromScript(args.Cmd) is { } patch)
        {
            var patchCwd = patch.Workdir is null ? cwd : Path.GetFullPath(Path.Combine(cwd, patch.Workdir));
            return await patches.RunAsync(callId, patch.PatchText, patchCwd, context, ct).ConfigureAwait(false);
        }

        var shell = args.Shell ?? DefaultShell();
        IReadOnlyList<string> argv = [shell, args.Login ? "-lc" : "-c", args.Cmd];
        var display = ShellQuote.Join(argv);
        var actions = CommandActionParser.Parse(argv, cwd).Select(ToWire).ToList();
        var thread = env.Thread(context.ThreadId);

        var outcome = thread.IsCommandApproved(display)
            ? new RunOutcome(BypassSandbox: args.Escalate)
            : env.Engine.DecideCommand(new CommandApprovalRequest(argv, AgentToolEnvironment.PolicyOf(settings), env.ScopeOf(settings),
                env.RulesFor(cwd), args.Escalate, args.Justification, args.PrefixRule));

        CommandExecutionThreadItem Item(CommandExecutionStatus status, CommandExecutionSource source, string? processId) => new()
        {
            Id = callId,
            Command = display,
            Cwd = cwd,
            ProcessId = processId,
            Source = source,
            Status = status,
            CommandActions = actions,
        };

        var startedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        bool bypass;
        switch (outcome)
        {
            case RejectOutcome reject:
                return reject.Verbatim ? reject.Message : ToolOutputText.Rejected(reject.Message);

            case AskOutcome ask:
                context.Publish("item/started", new ItemStartedNotification { Item = Item(CommandExecutionStatus.InProgress, CommandExecutionSource.Agent, null), ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });
                var decision = await AskAsync(callId, display, cwd, actions, ask, context, startedAt, ct).ConfigureAwait(false);
                switch (decision)
                {
                    case ("acceptForSession", _):
                        thread.ApproveCommand(display);
                        break;
                    case ("acceptWithExecpolicyAmendment", { } amendment):
                        RuleAmendments.Append(env.CodexHome, amendment);
                        break;
                    case ("accept", _):
                        break;
                    default:
                        await context.CompleteItemAsync(Item(CommandExecutionStatus.Declined, CommandExecutionSource.Agent, null), startedAt, ct).ConfigureAwait(false);
                        if (decision.Decision == "cancel")
                        {
                            context.InterruptTurn();
                            ct.ThrowIfCancellationRequested();
                        }

                        return ToolOutputText.Rejected("rejected by user");
                }

                bypass = ask.BypassSandboxIfApproved;
                break;

            default:
                bypass = ((RunOutcome)outcome).BypassSandbox;
                startedAt = -1; // item/started is sent once the process has an id
                break;
        }

        return await StartAsync(callId, argv, cwd, args, bypass, context, Item, startedAt, ct).ConfigureAwait(false);
    }

    private async Task<(string Decision, IReadOnlyList<string>? Amendment)> AskAsync(
        string callId, string display, string cwd, IReadOnlyList<WireAction> actions, AskOutcome ask, ToolContext context, long startedAt, CancellationToken ct)
    {
        List<JsonElement> available = [JsonSerializer.SerializeToElement("accept")];
        if (ask.ProposedAmendment is { } proposed)
        {
            available.Add(JsonSerializer.SerializeToElement(new { acceptWithExecpolicyAmendment = new { execpolicy_amendment = proposed } }));
        }

        available.Add(JsonSerializer.SerializeToElement("cancel"));
        var answer = await env.Requests.RequestAsync(context.ThreadId, ToolMessages.CommandApproval.Name, new CommandExecutionRequestApprovalParams
        {
            Kind = "command",
            ThreadId = context.ThreadId,
            TurnId = context.TurnId,
            ItemId = callId,
            StartedAtMs = startedAt,
            EnvironmentId = "local",
            Reason = ask.Reason,
            Command = display,
            Cwd = cwd,
            CommandActions = actions,
            ProposedExecpolicyAmendment = ask.ProposedAmendment,
            AvailableDecisions = available,
        }, waitingOnApproval: true, ct).ConfigureAwait(false);

        if (answer is not { ValueKind: JsonValueKind.Object } a || !a.TryGetProperty("decision", out var d))
        {
            return ("decline", null);
        }

        if (d.ValueKind == JsonValueKind.String)
        {
            return (d.GetString()!, null);
        }

        if (d.ValueKind == JsonValueKind.Object && d.TryGetProperty("acceptWithExecpolicyAmendment", out var body)
            && body.TryGetProperty("execpolicy_amendment", out var words) && words.ValueKind == JsonValueKind.Array)
        {
            var amendment = words.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();
            return amendment.Count > 0 ? ("acceptWithExecpolicyAmendment", amendment) : ("accept", null);
        }

        return ("decline", null);
    }

    private async Task<string> StartAsync(
        string callId, IReadOnlyList<string> argv, string cwd, Args args, bool bypass, ToolContext context,
        Func<CommandExecutionStatus, CommandExecutionSource, string?, CommandExecutionThreadItem> item, long approvalStartedAt, CancellationToken ct)
    {
        var settings = context.Settings;
        SandboxPolicy policy = bypass ? new DangerFullAccessPolicy() : AgentToolEnvironment.SandboxOf(settings);
        // Config for the thread's cwd: the model's choice of workdir does not pick the config layers.
        var environment = defaults.CreateAgentEnvironment(settings.Cwd);
        environment["CODEX_THREAD_ID"] = context.ThreadId;
        environment["CODEX_SESSION_ID"] = context.ThreadId;
        environment["CODEX_TOOL_CALL_ID"] = callId;
        environment["CODEX_HOME"] = env.CodexHome;
        if (!policy.NetworkAccess)
        {
            environment["CODEX_SANDBOX_NETWORK_DISABLED"] = "1";
        }

        var sessionId = sessions.NextId();
        var startedAt = approvalStartedAt >= 0 ? approvalStartedAt : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var running = item(CommandExecutionStatus.InProgress, CommandExecutionSource.UnifiedExecStartup, sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        IRunningProcess process;
        try
        {
            // Writable roots come from the thread's cwd and policy, whatever workdir the model picked.
            var plan = sandboxes.Select(policy).Prepare(new SandboxRequest(argv, cwd, environment, policy, args.Tty)
            {
                PolicyCwd = settings.Cwd,
                HiddenFiles = SandboxHiddenFiles.For(env.CodexHome),
                ReadOnlyPaths = [env.CodexHome],
            });
            process = ProcessRunner.Start(plan, args.Tty ? TerminalSize.Default : null, keepStdinOpen: args.Tty);
        }
        catch (Exception e) when (e is SandboxUnavailableException or SpawnException or IOException)
        {
            if (approvalStartedAt < 0)
            {
                context.Publish("item/started", new ItemStartedNotification { Item = running, ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });
            }

            await context.CompleteItemAsync(new CommandExecutionThreadItem
            {
                Id = running.Id, Command = running.Command, Cwd = running.Cwd, Source = running.Source, Status = CommandExecutionStatus.Failed,
                CommandActions = running.CommandActions, AggregatedOutput = e.Message, DurationMs = 0,
            }, startedAt, ct).ConfigureAwait(false);
            return $"exec_command failed: {e.Message}";
        }

        if (approvalStartedAt < 0)
        {
            context.Publish("item/started", new ItemStartedNotification { Item = running, ThreadId = context.ThreadId, TurnId = context.TurnId, StartedAtMs = startedAt });
        }

        var session = new AgentExecSession(sessionId, process, running, startedAt, context);
        sessions.Add(session);
        // Completes the item when the process exits after the call has returned.
        _ = session.Exited.ContinueWith(async t =>
        {
            if (t.IsCompletedSuccessfully && session.ClaimCompletion())
            {
                await session.Context.CompleteItemAsync(session.FinishedItem(t.Result), session.StartedAtMs, CancellationToken.None).ConfigureAwait(false);
            }
        }, TaskScheduler.Default);

        return await CollectAsync(session, sessions, TimeSpan.FromMilliseconds(args.YieldMs), args.MaxTokens, ct).ConfigureAwait(false);
    }

    /// <summary>Waits for output or exit and formats the result; completes the item when the process has exited.</summary>
    internal static async Task<string> CollectAsync(AgentExecSession session, ExecSessionManager sessions, TimeSpan yieldTime, int maxTokens, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (output, exitCode) = await session.CollectAsync(yieldTime, ct).ConfigureAwait(false);
        if (exitCode is { } code)
        {
            if (session.ClaimCompletion())
            {
                await session.Context.CompleteItemAsync(session.FinishedItem(code), session.StartedAtMs, ct).ConfigureAwait(false);
            }

            sessions.Remove(session.Id);
        }

        return ToolOutputText.Exec(clock.Elapsed, exitCode, session.Id, output, maxTokens);
    }

    private static string DefaultShell() =>
        Environment.GetEnvironmentVariable("SHELL") is { Length: > 0 } s && File.Exists(s) ? s : File.Exists("/bin/bash") ? "/bin/bash" : "/bin/sh";

    private static WireAction ToWire(Action action) => action switch
    {
        ReadAction r => new ReadCommandAction { Command = r.Command, Name = r.Name, Path = r.Path },
        ListFilesAction l => new ListFilesCommandAction { Command = l.Command, Path = l.Path },
        SearchAction s => new SearchCommandAction { Command = s.Command, Query = s.Query, Path = s.Path },
        _ => new UnknownCommandAction { Command = action.Command },
    };
}
