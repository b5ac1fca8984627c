using AppServer.Agent.Turns;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Host.Handlers;

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
        var input = new TurnInput(p.Input, p.ClientUserMessageId)
        {
            OutputSchema = p.OutputSchema is { ValueKind: not System.Text.Json.JsonValueKind.Null } schema ? schema.Clone() : null,
            RootTurnId = p.RootTurnId,
        };
        var start = engine.StartTurn(p.ThreadId, input, SettingsOverrides.From(p), Identity(ctx));
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
}
