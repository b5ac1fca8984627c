using AppServer.Agent.Turns;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Host.Handlers.Turns;

/// <summary><c>turn/start</c>, <c>turn/steer</c>, <c>turn/interrupt</c>: translate to the turn engine.</summary>
internal sealed class TurnHandlers(TurnEngine engine) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<TurnStartParams, TurnStartResponse>(TurnMethods.Start, Start);
        map.Add<TurnSteerParams, TurnSteerResponse>(TurnMethods.Steer, Steer);
        map.Add<TurnInterruptParams, TurnInterruptResponse>(TurnMethods.Interrupt, Interrupt);
    }

    private Task<TurnStartResponse> Start(TurnStartParams p, RequestContext ctx)
    {
        var conversation = engine.Conversation(p.ThreadId);
        var input = new TurnInput(p.Input, p.ClientUserMessageId)
        {
            OutputSchema = p.OutputSchema is { ValueKind: not System.Text.Json.JsonValueKind.Null } schema ? schema.Clone() : null,
            RootTurnId = p.RootTurnId,
        };
        var start = conversation.StartOrSteer(input, settings => ApplyOverrides(settings, p), Identity(ctx));
        engine.PersistSettings(p.ThreadId, conversation.Settings);
        // The reference answers first, then sends thread/status/changed and turn/started.
        ctx.AfterResponse(start.Begin);
        return Task.FromResult(new TurnStartResponse { Turn = start.Turn });
    }

    private Task<TurnSteerResponse> Steer(TurnSteerParams p, RequestContext ctx)
    {
        var conversation = engine.Conversation(p.ThreadId);
        var turnId = conversation.Steer(p.ExpectedTurnId, new TurnInput(p.Input, p.ClientUserMessageId));
        return Task.FromResult(new TurnSteerResponse { TurnId = turnId });
    }

    private Task<TurnInterruptResponse> Interrupt(TurnInterruptParams p, RequestContext ctx)
    {
        var conversation = engine.Conversation(p.ThreadId);
        ctx.AfterResponse(conversation.PrepareInterrupt(p.TurnId));
        return Task.FromResult(new TurnInterruptResponse());
    }

    private static TurnClientIdentity Identity(RequestContext ctx)
    {
        var client = ctx.Session.ClientInfo;
        return client is null
            ? new TurnClientIdentity("codex_app_server", "codex_app_server/" + Protocol.ProtocolVersion.Codex)
            : new TurnClientIdentity(client.Name, UserAgent.For(client));
    }

    /// <summary>Overrides persist for later turns (all but <c>outputSchema</c>, which is per turn).</summary>
    private static TurnSettings ApplyOverrides(TurnSettings settings, TurnStartParams p)
    {
        if (p.Cwd is { } cwd)
        {
            settings = settings with { Cwd = Path.GetFullPath(cwd, settings.Cwd) };
        }

        if (p.Model is { } model)
        {
            settings = settings with { Model = model };
        }

        if (p.Effort is { } effort)
        {
            settings = settings with { ReasoningEffort = effort };
        }

        if (p.Summary is { } summary)
        {
            settings = settings with { ReasoningSummary = summary.ToString().ToLowerInvariant() };
        }

        if (p.ApprovalPolicy is { } approval)
        {
            settings = settings with
            {
                ApprovalPolicy = approval.Simple ?? "granular",
                GranularApproval = approval.Simple is null ? AppServer.Agent.Approvals.GranularApproval.FromPolicyJson(approval.ToJson()) : null,
            };
        }

        if (p.SandboxPolicy is { } sandbox)
        {
            settings = sandbox switch
            {
                Protocol.Sandbox.WorkspaceWriteSandboxPolicy w => settings with { SandboxMode = "workspace-write", NetworkAccess = w.NetworkAccess, WritableRoots = [.. w.WritableRoots.Select(r => r.Value)] },
                Protocol.Sandbox.ReadOnlySandboxPolicy r => settings with { SandboxMode = "read-only", NetworkAccess = r.NetworkAccess, WritableRoots = [] },
                Protocol.Sandbox.DangerFullAccessSandboxPolicy => settings with { SandboxMode = "danger-full-access", NetworkAccess = true, WritableRoots = [] },
                Protocol.Sandbox.ExternalSandboxSandboxPolicy e => settings with
                {
                    SandboxMode = "external-sandbox", NetworkAccess = e.NetworkAccess == Protocol.Sandbox.NetworkAccess.Enabled, WritableRoots = [],
                },
                _ => settings,
            };
        }

        if (p.Personality is { } personality)
        {
            settings = settings with { Personality = personality.ToString().ToLowerInvariant() };
        }

        return settings;
    }
}
