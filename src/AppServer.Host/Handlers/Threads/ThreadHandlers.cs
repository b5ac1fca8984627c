using System.Text.Json;
using AppServer.Core.Threads;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Serialization;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;
using AppServer.Storage.Threads;
using ThreadSortKey = AppServer.Protocol.Threads.ThreadSortKey;
using StoredSortKey = AppServer.Storage.Threads.ThreadSortKey;

namespace AppServer.Host.Handlers.Threads;

/// <summary>The <c>thread/*</c> methods: translate params into <see cref="ThreadManager"/> calls and records into wire objects.</summary>
internal sealed class ThreadHandlers(ThreadManager threads, ThreadWireMapper mapper, Agent.Tools.Agent.DynamicTools dynamicTools, Core.ReadState.ThreadReadStateStore readStates, Agent.Turns.TurnEngine turnEngine, Core.Goals.ThreadGoalService goals, AppServer.Config.ConfigService config)
    : IMethodHandlers
{
    private const int DefaultPageSize = 25;

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
            ctx.Client.Notify(ConfigMethods.Warning, Config.ConfigWireMapper.Warning(clamp));
        }
    }

    /// <summary>Cursors "after" the newest turn and item, so a descending first page starts with them.</summary>
    private (string? Turns, string? Items) BackwardsCursors(ThreadSession thread)
    {
        if (thread.Ephemeral)
        {
            return default;
        }

        var lastTurn = threads.Store.ListTurns(thread.Id, null, 1, descending: true);
        var lastItem = threads.Store.ListItems(thread.Id, null, null, 1, descending: true);
        return (lastTurn.Count > 0 ? PageCursor.EncodeSequence("turn", lastTurn[0].Sequence + 1) : null,
            lastItem.Count > 0 ? PageCursor.EncodeSequence("item", lastItem[0].Sequence + 1) : null);
    }

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
        ctx.AfterResponse(() => ThreadGoalHandlers.NotifyOnResume(goals, config, thread.Id, ctx.Client));
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
        var (record, loaded) = threads.Read(p.ThreadId);
        var ephemeral = loaded?.Ephemeral ?? false;
        var turns = p.IncludeTurns && !ephemeral ? mapper.FullTurns(record.Id) : [];
        if (p.IncludeTurns)
        {
            NotifyHydrationDeprecated(ctx, "omit `includeTurns` or set it to `false`");
        }

        var status = loaded?.Status ?? ThreadRuntimeStatus.NotLoaded;
        var readState = ephemeral ? null : readStates.Get(record.Id);
        return Task.FromResult(new ThreadReadResponse
        {
            Thread = mapper.ToWire(record, status, ephemeral, turns),
            ReadState = readState is null ? null : readState.ToWire(),
        });
    }

    private Task<ThreadListResponse> List(ThreadListParams p, RequestContext ctx)
    {
        var query = new ThreadListQuery
        {
            SortKey = p.SortKey is ThreadSortKey.UpdatedAt or ThreadSortKey.RecencyAt ? StoredSortKey.UpdatedAt : StoredSortKey.CreatedAt,
            Descending = p.SortDirection != SortDirection.Asc,
            Limit = p.Limit is { } limit and > 0 ? (int)Math.Min(limit, 1000) : DefaultPageSize,
            After = p.Cursor is { } cursor ? PageCursor.DecodeThread(cursor) : null,
            Archived = p.Archived ?? false,
            ModelProviders = p.ModelProviders,
            SourceKinds = p.SourceKinds is { Count: > 0 } kinds ? [.. kinds.Select(WireName)] : null,
            Cwds = p.Cwd?.Paths,
            SearchTerm = string.IsNullOrEmpty(p.SearchTerm) ? null : p.SearchTerm,
            ExcludedIds = p.ExcludedThreadIds is { Count: > 0 } excluded ? [.. excluded.Select(ThreadId.Parse)] : null,
        };
        var page = threads.Store.ListThreads(query);
        var data = page.Threads.Select(t => mapper.ToWire(t, threads.StatusOf(t.Id), ephemeral: false)).ToList();
        string? backwards = null;
        if (page.Threads.Count > 0)
        {
            // Paging back (opposite direction) anchors at the start of the first row's second, so rows
            // updated within that same second are not skipped.
            var first = page.Threads[0];
            var value = query.SortKey == StoredSortKey.UpdatedAt ? first.UpdatedAtMs : first.CreatedAtMs;
            var secondStart = value - (value % 1000);
            backwards = PageCursor.Encode(query.Descending
                ? new ThreadListCursor(secondStart - 1, "")
                : new ThreadListCursor(secondStart + 1000, ""));
        }

        return Task.FromResult(new ThreadListResponse
        {
            Data = data,
            ReadStates = page.Threads
                .Select(t => (t.Id, Mark: readStates.Get(t.Id)))
                .Where(x => x.Mark is not null)
                .ToDictionary(x => x.Id, x => x.Mark!.ToWire()),
            NextCursor = page.Next is { } next ? PageCursor.Encode(next) : null,
            BackwardsCursor = backwards,
        });
    }

    private Task<ThreadLoadedListResponse> LoadedList(ThreadLoadedListParams p, RequestContext ctx)
    {
        var ids = threads.Registry.LoadedIds();
        if (p.Cursor is { } cursor)
        {
            var after = PageCursor.DecodeId(cursor);
            ids = [.. ids.Where(id => string.CompareOrdinal(id, after) > 0)];
        }

        string? nextCursor = null;
        if (p.Limit is { } limit && limit > 0 && ids.Count > limit)
        {
            ids = [.. ids.Take((int)limit)];
            nextCursor = PageCursor.EncodeId(ids[^1]);
        }

        return Task.FromResult(new ThreadLoadedListResponse { Data = ids, NextCursor = nextCursor });
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
        if (threads.Registry.Find(p.ThreadId) is { ActiveTurnId: not null })
        {
            await turnEngine.Conversation(p.ThreadId).InterruptAndWaitAsync().WaitAsync(ctx.Cancellation).ConfigureAwait(false);
        }

        var notifications = threads.Archive(p.ThreadId, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return new ThreadArchiveResponse();
    }

    private Task<ThreadUnarchiveResponse> Unarchive(ThreadUnarchiveParams p, RequestContext ctx)
    {
        var (record, notifications) = threads.Unarchive(p.ThreadId, ctx.Client);
        ctx.AfterResponse(notifications.Send);
        return Task.FromResult(new ThreadUnarchiveResponse { Thread = mapper.ToWire(record, threads.StatusOf(record.Id), ephemeral: false) });
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
        var record = threads.UpdateGitInfo(p.ThreadId, GitChange(git?.Sha, "sha"), GitChange(git?.Branch, "branch"), GitChange(git?.OriginUrl, "originUrl"));
        var loaded = threads.Registry.Find(record.Id);
        return Task.FromResult(new ThreadMetadataUpdateResponse
        {
            Thread = mapper.ToWire(record, loaded?.Status ?? ThreadRuntimeStatus.NotLoaded, loaded?.Ephemeral ?? false),
        });
    }

    private Task<ThreadTurnsListResponse> TurnsList(ThreadTurnsListParams p, RequestContext ctx)
    {
        var thread = threads.RequireStored(p.ThreadId);
        var page = TurnsPage(thread.Id, p.Cursor, p.Limit, p.SortDirection, p.ItemsView);
        return Task.FromResult(new ThreadTurnsListResponse { Data = page.Data, NextCursor = page.NextCursor, BackwardsCursor = page.BackwardsCursor });
    }

    /// <summary>One page of stored turns (newest first unless ascending), for <c>thread/turns/list</c> and <c>thread/resume</c>.</summary>
    private TurnsPage TurnsPage(string threadId, string? cursor, uint? limit, SortDirection? direction, TurnItemsView? itemsView)
    {
        var descending = direction != SortDirection.Asc;
        var size = limit is { } l and > 0 ? (int)Math.Min(l, 1000) : DefaultPageSize;
        var after = cursor is not null ? PageCursor.DecodeSequence("turn", cursor) : (long?)null;
        var rows = threads.Store.ListTurns(threadId, after, size + 1, descending);
        var page = rows.Take(size).ToList();
        var view = itemsView ?? TurnItemsView.Summary;
        return new TurnsPage
        {
            Data = page.Select(t => ThreadWireMapper.ToWire(t, view == TurnItemsView.NotLoaded ? [] : threads.Store.ListItems(threadId, t.Id), view)).ToList(),
            NextCursor = rows.Count > size ? PageCursor.EncodeSequence("turn", page[^1].Sequence) : null,
            BackwardsCursor = page.Count > 0 ? PageCursor.EncodeSequence("turn", page[0].Sequence + (descending ? -1 : 1)) : null,
        };
    }

    private Task<ThreadItemsListResponse> ItemsList(ThreadItemsListParams p, RequestContext ctx)
    {
        var thread = threads.RequireStored(p.ThreadId);
        var descending = p.SortDirection == SortDirection.Desc;
        var limit = p.Limit is { } l and > 0 ? (int)Math.Min(l, 1000) : 100;
        long? after = p.Cursor is { ValueKind: JsonValueKind.String } cursor ? PageCursor.DecodeSequence("item", cursor.GetString()!)
            : p.Cursor is { ValueKind: not JsonValueKind.Null } other ? throw ThreadRequestException.InvalidCursor(other.GetRawText())
            : null;
        var rows = threads.Store.ListItems(thread.Id, p.TurnId, after, limit + 1, descending);
        var page = rows.Take(limit).ToList();
        return Task.FromResult(new ThreadItemsListResponse
        {
            Data = [.. page.Select(i => new ThreadItemEntry { TurnId = i.TurnId, Item = ThreadWireMapper.Parse(i), StartedAtMs = i.StartedAtMs, CompletedAtMs = i.CompletedAtMs })],
            NextCursor = rows.Count > limit ? PageCursor.EncodeSequence("item", page[^1].Sequence) : null,
            BackwardsCursor = page.Count > 0 ? PageCursor.EncodeSequence("item", page[0].Sequence + (descending ? -1 : 1)) : null,
        });
    }

    private static Change<string?>? GitChange(JsonElement? value, string field) => value switch
    {
        null or { ValueKind: JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.Null } => new Change<string?>(null),
        { ValueKind: JsonValueKind.String } s when s.GetString()!.Trim().Length > 0 => new Change<string?>(s.GetString()!.Trim()),
        { ValueKind: JsonValueKind.String } => throw new ThreadRequestException($"gitInfo.{field} must not be empty"),
        { } other => throw new ThreadRequestException($"Invalid request: invalid type: {other.ValueKind.ToString().ToLowerInvariant()}, expected a string"),
    };

    private static string WireName(ThreadSourceKind kind) => JsonSerializer.Serialize(kind, ProtocolJson.Options).Trim('"');
}
