using System.Collections.Concurrent;
using AppServer.Core.FileSearch;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.FuzzyFileSearch;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>fuzzyFileSearch</c> (one-shot search, optionally cancelled by a later request with the same cancellation token)
/// and the experimental <c>fuzzyFileSearch/session*</c> methods, whose results arrive as
/// <c>fuzzyFileSearch/sessionUpdated</c> followed by <c>fuzzyFileSearch/sessionCompleted</c>.
/// </summary>
internal sealed class FuzzyFileSearchHandlers(FileSearchService search, FileSearchSessions sessions) : IMethodHandlers
{
    private readonly ConcurrentDictionary<(string Connection, string Token), CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<string, bool> watchedConnections = new();

    public void Register(HandlerMap map)
    {
        map.Add<FuzzyFileSearchParams, FuzzyFileSearchResponse>(FuzzyFileSearchMethods.Search, Search);
        map.Add<FuzzyFileSearchSessionStartParams, FuzzyFileSearchSessionStartResponse>(FuzzyFileSearchMethods.SessionStart, SessionStart);
        map.Add<FuzzyFileSearchSessionUpdateParams, FuzzyFileSearchSessionUpdateResponse>(FuzzyFileSearchMethods.SessionUpdate, SessionUpdate);
        map.Add<FuzzyFileSearchSessionStopParams, FuzzyFileSearchSessionStopResponse>(FuzzyFileSearchMethods.SessionStop, SessionStop);
    }

    private async Task<FuzzyFileSearchResponse> Search(FuzzyFileSearchParams request, RequestContext context)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.Client.Closed);
        var key = (context.Client.ConnectionId, request.CancellationToken ?? "");
        if (request.CancellationToken is not null)
        {
            // A newer request with the same token supersedes this one: the older answers with no files.
            if (running.TryGetValue(key, out var previous))
            {
                previous.Cancel();
            }

            running[key] = cancel;
        }

        try
        {
            var hits = await Task.Run(() => search.Search(request.Query, request.Roots, cancel.Token), cancel.Token).ConfigureAwait(false);
            return new FuzzyFileSearchResponse { Files = hits.Select(ToWire).ToList() };
        }
        catch (OperationCanceledException)
        {
            return new FuzzyFileSearchResponse { Files = [] };
        }
        finally
        {
            if (request.CancellationToken is not null)
            {
                running.TryRemove(new KeyValuePair<(string, string), CancellationTokenSource>(key, cancel));
            }
        }
    }

    private Task<FuzzyFileSearchSessionStartResponse> SessionStart(FuzzyFileSearchSessionStartParams request, RequestContext context)
    {
        var connection = context.Client.ConnectionId;
        try
        {
            sessions.Start(connection, request.SessionId, request.Roots);
        }
        catch (ArgumentException ex)
        {
            throw new InternalErrorException($"failed to start fuzzy file search session: {ex.Message}");
        }

        if (watchedConnections.TryAdd(connection, true))
        {
            context.Client.Closed.Register(() =>
            {
                sessions.StopAll(connection);
                watchedConnections.TryRemove(connection, out _);
            });
        }

        // The reference announces a new session with an empty result set, then completion.
        var client = context.Client;
        context.AfterResponse(() => Publish(client, request.SessionId, "", []));
        return Task.FromResult(new FuzzyFileSearchSessionStartResponse());
    }

    private Task<FuzzyFileSearchSessionUpdateResponse> SessionUpdate(FuzzyFileSearchSessionUpdateParams request, RequestContext context)
    {
        var connection = context.Client.ConnectionId;
        if (!sessions.Exists(connection, request.SessionId))
        {
            throw new InvalidRequestException($"fuzzy file search session not found: {request.SessionId}");
        }

        var client = context.Client;
        context.AfterResponse(() => _ = RunSessionQueryAsync(client, request.SessionId, request.Query));
        return Task.FromResult(new FuzzyFileSearchSessionUpdateResponse());
    }

    private Task<FuzzyFileSearchSessionStopResponse> SessionStop(FuzzyFileSearchSessionStopParams request, RequestContext context)
    {
        sessions.Stop(context.Client.ConnectionId, request.SessionId);
        return Task.FromResult(new FuzzyFileSearchSessionStopResponse());
    }

    private async Task RunSessionQueryAsync(Core.Clients.IClientChannel client, string sessionId, string query)
    {
        var hits = await sessions.QueryAsync(client.ConnectionId, sessionId, query).ConfigureAwait(false);
        if (hits is not null && sessions.Exists(client.ConnectionId, sessionId))
        {
            Publish(client, sessionId, query, hits);
        }
    }

    private static void Publish(Core.Clients.IClientChannel client, string sessionId, string query, IReadOnlyList<FileSearchHit> hits)
    {
        client.Notify(FuzzyFileSearchMethods.SessionUpdated, new FuzzyFileSearchSessionUpdatedNotification
        {
            SessionId = sessionId,
            Query = query,
            Files = hits.Select(ToWire).ToList(),
        });
        client.Notify(FuzzyFileSearchMethods.SessionCompleted, new FuzzyFileSearchSessionCompletedNotification { SessionId = sessionId });
    }

    private static FuzzyFileSearchResult ToWire(FileSearchHit hit) => new()
    {
        Root = hit.Root,
        Path = hit.RelativePath,
        MatchType = hit.IsDirectory ? FuzzyFileSearchMatchType.Directory : FuzzyFileSearchMatchType.File,
        FileName = hit.FileName,
        Score = hit.Score,
        Indices = hit.Indices.Select(i => (uint)i).ToList(),
    };
}
