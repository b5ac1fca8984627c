using System.Text.Json;
using AppServer.Config;
using AppServer.Core.Clients;
using AppServer.Core.Goals;
using AppServer.Host.Connections;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Goals;
using AppServer.Protocol.Methods;
using Microsoft.Extensions.DependencyInjection;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>thread/goal/set</c>, <c>thread/goal/get</c>, <c>thread/goal/clear</c>. Like the reference, a change
/// is answered first and then announced (<c>thread/goal/updated</c> / <c>thread/goal/cleared</c>) to every
/// initialized connection, subscribed to the thread or not (the reference broadcasts these); clearing a
/// thread without a goal announces nothing. With <c>[features] goals = false</c> every call is refused.
/// </summary>
/// <remarks>
/// The live connections come from <see cref="ConnectionFactory"/>, resolved when needed: taking it in the
/// constructor would be a cycle (factory → dispatcher → handlers).
/// </remarks>
internal sealed class GoalHandlers(ThreadGoalService goals, ConfigService config, IServiceProvider services) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<ThreadGoalSetParams, ThreadGoalSetResponse>(GoalMethods.Set, Set);
        map.Add<ThreadGoalGetParams, ThreadGoalGetResponse>(GoalMethods.Get, Get);
        map.Add<ThreadGoalClearParams, ThreadGoalClearResponse>(GoalMethods.Clear, Clear);
    }

    /// <summary>
    /// What <c>thread/resume</c> sends after its response: the goal, or that there is none (nothing at all
    /// when the goals feature is off).
    /// </summary>
    public static void NotifyOnResume(ThreadGoalService goals, ConfigService config, string threadId, IClientChannel client)
    {
        if (!Enabled(config))
        {
            return;
        }

        if (goals.Find(threadId) is { } goal)
        {
            client.Notify(GoalMethods.Updated, new ThreadGoalUpdatedNotification { ThreadId = threadId, Goal = goal });
        }
        else
        {
            client.Notify(GoalMethods.Cleared, new ThreadGoalClearedNotification { ThreadId = threadId });
        }
    }

    private static bool Enabled(ConfigService config) => config.Load().Effective.IsFeatureEnabled("goals");

    private void RequireEnabled()
    {
        if (!Enabled(config))
        {
            throw new InvalidRequestException("goals feature is disabled");
        }
    }

    private Task<ThreadGoalSetResponse> Set(ThreadGoalSetParams p, RequestContext ctx)
    {
        RequireEnabled();
        var patch = new ThreadGoalPatch(p.Objective, p.Status, p.TokenBudget.ValueKind != JsonValueKind.Undefined, Budget(p.TokenBudget));
        var goal = goals.Set(p.ThreadId, patch);
        var notification = new ThreadGoalUpdatedNotification { ThreadId = goal.ThreadId, Goal = goal };
        ctx.AfterResponse(() => Announce(ctx.Client, GoalMethods.Updated, notification));
        return Task.FromResult(new ThreadGoalSetResponse { Goal = goal });
    }

    private Task<ThreadGoalGetResponse> Get(ThreadGoalGetParams p, RequestContext ctx)
    {
        RequireEnabled();
        return Task.FromResult(new ThreadGoalGetResponse { Goal = goals.Get(p.ThreadId).Goal });
    }

    private Task<ThreadGoalClearResponse> Clear(ThreadGoalClearParams p, RequestContext ctx)
    {
        RequireEnabled();
        var (threadId, cleared) = goals.Clear(p.ThreadId);
        if (cleared)
        {
            ctx.AfterResponse(() => Announce(ctx.Client, GoalMethods.Cleared, new ThreadGoalClearedNotification { ThreadId = threadId }));
        }

        return Task.FromResult(new ThreadGoalClearResponse { Cleared = cleared });
    }

    private void Announce<TPayload>(IClientChannel caller, NotificationDescriptor<TPayload> notification, TPayload payload)
    {
        IEnumerable<IClientChannel> initialized = services.GetRequiredService<ConnectionFactory>().Live.Where(c => c.Session.Initialized);
        foreach (var client in initialized.Append(caller).Distinct())
        {
            client.Notify(notification, payload);
        }
    }

    /// <summary>The budget from raw JSON: omitted or null means none, otherwise a 64-bit integer.</summary>
    private static long? Budget(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.Number when value.TryGetInt64(out var budget) => budget,
        JsonValueKind.Number when value.TryGetDouble(out var number) && number != Math.Floor(number)
            => throw new InvalidRequestException($"Invalid request: invalid type: floating point `{value.GetRawText()}`, expected i64"),
        JsonValueKind.Number => throw new InvalidRequestException($"Invalid request: invalid value: integer `{value.GetRawText()}`, expected i64"),
        _ => throw new InvalidRequestException($"Invalid request: invalid type: {Describe(value)}, expected i64"),
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"string {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"boolean `{value.GetRawText()}`",
        JsonValueKind.Array => "sequence",
        _ => "map",
    };
}
