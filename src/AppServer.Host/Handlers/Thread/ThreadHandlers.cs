using System.Text.Json;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Queries;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Host.Handlers;

/// <summary>The <c>thread/*</c> methods: translate params into <see cref="ThreadManager"/> and <see cref="ThreadQueries"/> calls and their results into wire objects.</summary>
internal sealed class ThreadHandlers(ThreadManager threads, ThreadQueries queries, ThreadWireMapper mapper, Agent.Tools.Agent.DynamicTools dynamicTools, Core.ReadState.ThreadReadStateStore readStates, Agent.Turns.TurnEngine turnEngine, Core.Goals.ThreadGoalService goals, AppServer.Config.ConfigService config)
    : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<ThreadStartParams, ThreadStartResponse>(ThreadMethods.Start, Start);
        map.Add<ThreadResumeParams, ThreadResumeResponse>(ThreadMethods.Resume, Resume);
        map.Add<ThreadForkParams, ThreadForkResponse>(ThreadMethods.Fork, Fork);
        map.Add<ThreadReadParams, ThreadReadResponse>(ThreadMethods.Read, Read);
        map.Add<ThreadListParams, ThreadListResponse>(ThreadMethods.List, List);
        map.Add<ThreadLoadedListParams, ThreadLoadedListResponse>(ThreadMethods.LoadedList, LoadedList);
        map.Add<ThreadSetNameParams, ThreadSetNameResponse>(ThreadMethods.SetName, SetName);
        map.Add<ThreadArchiveParams, ThreadArchiveResponse>(ThreadMethods.Archive, Archive);
        map.Add<ThreadUnarchiveParams, ThreadUnarchiveResponse>(ThreadMethods.Unarchive, Unarchive);
        map.Add<ThreadDeleteParams, ThreadDeleteResponse>(ThreadMethods.Delete, Delete);
        map.Add<ThreadUnsubscribeParams, ThreadUnsubscribeResponse>(ThreadMethods.Unsubscribe, Unsubscribe);
        map.Add<ThreadMetadataUpdateParams, ThreadMetadataUpdateResponse>(ThreadMethods.MetadataUpdate, MetadataUpdate);
        map.Add<ThreadTurnsListParams, ThreadTurnsListResponse>(ThreadMethods.TurnsList, TurnsList);
        map.Add<ThreadItemsListParams, ThreadItemsListResponse>(ThreadMethods.ItemsList, ItemsList);
    }

    private Task<ThreadStartResponse> Start(ThreadStartParams p, RequestContext ctx)
    {
        var overrides = SettingsOverrides.From(p);
        IReadOnlyList<Agent.Tools.Agent.DynamicToolSpec> declared;
        try
        {
            declared = p.DynamicTools is { } json ? Agent.Tools.Agent.DynamicTools.Parse(json) : [];
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException($"Invalid request: {e.Message}");
        }

        var (thread, clamps) = threads.Start(overrides, p.Ephemeral ?? false, ctx.Session.ClientInfo?.Name, Environment.CurrentDirectory, ctx.Client);
        if (declared.Count > 0)
        {
            dynamicTools.Declare(thread.Id, declared, persist: !thread.Ephemeral);
        }

        var response = SessionResponse.Create<ThreadStartResponse>(mapper.ToWire(thread), thread.Settings);
        ReportClamps(clamps, ctx);
        ctx.AfterResponse(() => ctx.Client.Notify(ThreadMethods.Started, new ThreadStartedNotification { Thread = response.Thread }));
        ReportClampsToThread(clamps, thread.Id, ctx);
        return Task.FromResult(response);
    }

    /// <summary>
    /// A requested value that requirements.toml forbids was replaced by an allowed one. Like the reference,
    /// the client hears it twice: <c>configWarning</c> before the response, then a <c>warning</c> for the thread
    /// once it has been announced.
    /// </summary>
    private static void ReportClamps(IReadOnlyList<AppServer.Config.ConfigWarning> clamps, RequestContext ctx)
    {
        foreach (var clamp in clamps)
        {
            ctx.Client.Notify(ConfigMethods.Warning, ConfigWireMapper.Warning(clamp));
        }
    }

    /// <summary>Cursors "after" the newest turn and item, so a descending first page starts with them.</summary>
    private (string? Turns, string? Items) BackwardsCursors(ThreadSession thread) => thread.Ephemeral ? default : queries.NewestCursors(thread.Id);

    /// <summary>Full-history reads still work, but like the reference we point clients at the paged methods.</summary>
    private static void NotifyHydrationDeprecated(RequestContext ctx, string instead)
        => ctx.Client.Notify(ServerMessages.DeprecationNotice, new Protocol.Notifications.DeprecationNoticeNotification
        {
            Summary = $"Full-history hydration is deprecated for paginated threads; {instead}, then page with `thread/turns/list` and `thread/items/list`.",
        });

    private static void ReportClampsToThread(IReadOnlyList<AppServer.Config.ConfigWarning> clamps, string threadId, RequestContext ctx)
    {
        if (clamps.Count == 0)
        {
            return;
        }

        ctx.AfterResponse(() =>
        {
            foreach (var clamp in clamps)
            {
                ctx.Client.Notify(ServerMessages.Warning, new Protocol.Notifications.WarningNotification { ThreadId = threadId, Message = clamp.Summary });
            }
        });
    }

    private Task<ThreadResumeResponse> Resume(ThreadResumeParams p, RequestContext ctx)
    {
        var overrides = SettingsOverrides.From(p);
        var (thread, clamps) = threads.Resume(p.ThreadId, overrides, Environment.CurrentDirectory, ctx.Client);
        var turns = p.ExcludeTurns == true || thread.Ephemeral ? [] : mapper.FullTurns(thread.Id);
        var initialPage = p.InitialTurnsPage is { } wanted && !thread.Ephemeral
            ? TurnsPage(thread.Id, null, wanted.Limit, wanted.SortDirection, wanted.ItemsView)
            : null;
        var response = SessionResponse.Create<ThreadResumeResponse>(mapper.ToWire(thread, turns), thread.Settings, BackwardsCursors(thread), initialPage);
        if (p.ExcludeTurns != true)
        {
            NotifyHydrationDeprecated(ctx, "use `excludeTurns: true`");
        }

        // The reference's order: status before the response; the restored token totals after it.
        ReportClamps(clamps, ctx);
        ctx.Client.Notify(ThreadMethods.StatusChanged,
            new ThreadStatusChangedNotification { ThreadId = thread.Id, Status = ThreadStatusMapping.ToWire(thread.Status) });
        if (turnEngine.UsageNotification(thread.Id) is { } usage)
        {
            ctx.AfterResponse(() => ctx.Client.Notify(TurnMethods.TokenUsageUpdated, usage));
        }

        // Then, like the reference, the thread's goal (or that it has none).
        ctx.AfterResponse(() => GoalHandlers.NotifyOnResume(goals, config, thread.Id, ctx.Client));
        ReportClampsToThread(clamps, thread.Id, ctx);
        return Task.FromResult(response);
    }

    private Task<ThreadForkResponse> Fork(ThreadForkParams p, RequestContext ctx)
    {
        var overrides = SettingsOverrides.From(p);
        var (thread, clamps) = threads.Fork(p.ThreadId, overrides, p.Ephemeral ?? false, p.LastTurnId, ctx.Session.ClientInfo?.Name,
            Environment.CurrentDirectory, ctx.Client);
        if (dynamicTools.For(p.ThreadId) is { Count: > 0 } inherited)
        {
            dynamicTools.Declare(thread.Id, inherited, persist: !thread.Ephemeral); // a fork keeps the source's tools, like the reference
        }

        var turns = p.ExcludeTurns == true || thread.Ephemeral ? [] : mapper.FullTurns(thread.Id);
        var response = SessionResponse.Create<ThreadForkResponse>(mapper.ToWire(thread, turns), thread.Settings);
        ReportClamps(clamps, ctx);
        ctx.AfterResponse(() => ctx.Client.Notify(ThreadMethods.Started, new ThreadStartedNotification { Thread = mapper.ToWire(thread) }));
        ReportClampsToThread(clamps, thread.Id, ctx);
        return Task.FromResult(response);
    }

    private Task<ThreadReadResponse> Read(ThreadReadParams p, RequestContext ctx)
    {
        var (info, loaded) = threads.Read(p.ThreadId);
        var ephemeral = loaded?.Ephemeral ?? false;
        var turns = p.IncludeTurns && !ephemeral ? mapper.FullTurns(info.Id) : [];
        if (p.IncludeTurns)
        {
            NotifyHydrationDeprecated(ctx, "omit `includeTurns` or set it to `false`");
        }

        var status = loaded?.Status ?? ThreadRuntimeStatus.NotLoaded;
        var readState = ephemeral ? null : readStates.Get(info.Id);
        return Task.FromResult(new ThreadReadResponse
        {
            Thread = mapper.ToWire(info, status, ephemeral, turns),
            ReadState = readState is null ? null : readState.ToWire(),
        });
    }

    private Task<ThreadListResponse> List(ThreadListParams p, RequestContext ctx)
    {
        var page = queries.ListThreads(new ThreadListRequest
        {
            Order = p.SortKey is ThreadSortKey.UpdatedAt or ThreadSortKey.RecencyAt ? ThreadListOrder.UpdatedAt : ThreadListOrder.CreatedAt,
            Descending = p.SortDirection != SortDirection.Asc,
            Limit = p.Limit,
            Cursor = p.Cursor,
            Archived = p.Archived ?? false,
            ModelProviders = p.ModelProviders,
            SourceKinds = p.SourceKinds is { Count: > 0 } kinds ? [.. kinds.Select(WireName)] : null,
            Cwds = p.Cwd?.Paths,
            SearchTerm = p.SearchTerm,
            ExcludedIds = p.ExcludedThreadIds,
        });
        return Task.FromResult(new ThreadListResponse
        {
            Data = [.. page.Threads.Select(t => mapper.ToWire(t, threads.StatusOf(t.Id), ephemeral: false))],
            ReadStates = page.Threads
                .Select(t => (t.Id, Mark: readStates.Get(t.Id)))
                .Where(x => x.Mark is not null)
                .ToDictionary(x => x.Id, x => x.Mark!.ToWire()),
            NextCursor = page.NextCursor,
            BackwardsCursor = page.BackwardsCursor,
        });
    }

    private Task<ThreadLoadedListResponse> LoadedList(ThreadLoadedListParams p, RequestContext ctx)
    {
        var page = queries.ListLoaded(p.Cursor, p.Limit);
        return Task.FromResult(new ThreadLoadedListResponse { Data = page.ThreadIds, NextCursor = page.NextCursor });
    }

    private Task<ThreadSetNameResponse> SetName(ThreadSetNameParams p, RequestContext ctx)
    {
        var notifications = threads.SetName(p.ThreadId, p.Name, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return Task.FromResult(new ThreadSetNameResponse());
    }

    private async Task<ThreadArchiveResponse> Archive(ThreadArchiveParams p, RequestContext ctx)
    {
        // As in the reference, a running turn is interrupted (turn/completed "interrupted") before the thread is archived.
        if (threads.FindSession(p.ThreadId) is { ActiveTurnId: not null })
        {
            await turnEngine.Conversation(p.ThreadId).InterruptAndWaitAsync().WaitAsync(ctx.Cancellation).ConfigureAwait(false);
        }

        var notifications = threads.Archive(p.ThreadId, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return new ThreadArchiveResponse();
    }

    private Task<ThreadUnarchiveResponse> Unarchive(ThreadUnarchiveParams p, RequestContext ctx)
    {
        var (info, notifications) = threads.Unarchive(p.ThreadId, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return Task.FromResult(new ThreadUnarchiveResponse { Thread = mapper.ToWire(info, threads.StatusOf(info.Id), ephemeral: false) });
    }

    private Task<ThreadDeleteResponse> Delete(ThreadDeleteParams p, RequestContext ctx)
    {
        var notifications = threads.Delete(p.ThreadId, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return Task.FromResult(new ThreadDeleteResponse());
    }

    private Task<ThreadUnsubscribeResponse> Unsubscribe(ThreadUnsubscribeParams p, RequestContext ctx)
        => Task.FromResult(new ThreadUnsubscribeResponse { Status = threads.Unsubscribe(p.ThreadId, ctx.Client) });

    private Task<ThreadMetadataUpdateResponse> MetadataUpdate(ThreadMetadataUpdateParams p, RequestContext ctx)
    {
        var git = p.GitInfo;
        var info = threads.UpdateGitInfo(p.ThreadId, GitChange(git?.Sha, "sha"), GitChange(git?.Branch, "branch"), GitChange(git?.OriginUrl, "originUrl"));
        var loaded = threads.FindSession(info.Id);
        return Task.FromResult(new ThreadMetadataUpdateResponse
        {
            Thread = mapper.ToWire(info, loaded?.Status ?? ThreadRuntimeStatus.NotLoaded, loaded?.Ephemeral ?? false),
        });
    }

    private Task<ThreadTurnsListResponse> TurnsList(ThreadTurnsListParams p, RequestContext ctx)
    {
        var page = TurnsPage(p.ThreadId, p.Cursor, p.Limit, p.SortDirection, p.ItemsView);
        return Task.FromResult(new ThreadTurnsListResponse { Data = page.Data, NextCursor = page.NextCursor, BackwardsCursor = page.BackwardsCursor });
    }

    /// <summary>One page of stored turns (newest first unless ascending), for <c>thread/turns/list</c> and <c>thread/resume</c>.</summary>
    private TurnsPage TurnsPage(string threadId, string? cursor, uint? limit, SortDirection? direction, TurnItemsView? itemsView)
    {
        var view = itemsView ?? TurnItemsView.Summary;
        var page = queries.ListTurns(new TurnListRequest
        {
            ThreadId = threadId,
            Cursor = cursor,
            Limit = limit,
            Descending = direction != SortDirection.Asc,
            WithItems = view != TurnItemsView.NotLoaded,
        });
        return new TurnsPage
        {
            Data = [.. page.Turns.Select(t => ThreadWireMapper.ToWire(t, view))],
            NextCursor = page.NextCursor,
            BackwardsCursor = page.BackwardsCursor,
        };
    }

    private Task<ThreadItemsListResponse> ItemsList(ThreadItemsListParams p, RequestContext ctx)
    {
        var page = queries.ListItems(new ItemListRequest
        {
            ThreadId = p.ThreadId,
            TurnId = p.TurnId,
            // A cursor that is not a JSON string goes as its JSON text: no such text decodes as a cursor, so Core
            // refuses it (`invalid cursor: <json>`) after checking the thread, like any other bad cursor.
            Cursor = p.Cursor is { ValueKind: JsonValueKind.String } cursor ? cursor.GetString()
                : p.Cursor is { ValueKind: not JsonValueKind.Null } other ? other.GetRawText()
                : null,
            Limit = p.Limit,
            Descending = p.SortDirection == SortDirection.Desc,
        });
        return Task.FromResult(new ThreadItemsListResponse
        {
            Data = [.. page.Items.Select(i => new ThreadItemEntry { TurnId = i.TurnId, Item = ThreadWireMapper.Parse(i), StartedAtMs = i.StartedAtMs, CompletedAtMs = i.CompletedAtMs })],
            NextCursor = page.NextCursor,
            BackwardsCursor = page.BackwardsCursor,
        });
    }

    private static GitFieldChange? GitChange(JsonElement? value, string field) => value switch
    {
        null or { ValueKind: JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.Null } => new GitFieldChange(null),
        { ValueKind: JsonValueKind.String } s when s.GetString()!.Trim().Length > 0 => new GitFieldChange(s.GetString()!.Trim()),
        { ValueKind: JsonValueKind.String } => throw new ThreadRequestException($"gitInfo.{field} must not be empty"),
        { } other => throw new ThreadRequestException($"Invalid request: invalid type: {other.ValueKind.ToString().ToLowerInvariant()}, expected a string"),
    };

    private static string WireName(ThreadSourceKind kind) => JsonSerializer.Serialize(kind, ProtocolJson.Options).Trim('"');
}
