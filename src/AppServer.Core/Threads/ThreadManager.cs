using AppServer.Core.Clients;
using AppServer.Core.Threads.Queries;
using AppServer.Core.Threads.Settings;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Threads;
using AppServer.Storage.Threads;

namespace AppServer.Core.Threads;

/// <summary>
/// Thread lifecycle: start, resume, fork, rename, archive, delete, subscriptions. Keeps the store and
/// the registry of loaded threads consistent; notifications that follow a response are returned in a
/// <see cref="NotificationBatch"/> for the caller to send after answering.
/// </summary>
/// <remarks>
/// Each loaded thread is a <see cref="ThreadSession"/>; its conversation comes from the
/// <see cref="IThreadConversationFactory"/> the agent loop registers (none in Core-only tests).
/// </remarks>
public sealed class ThreadManager(IThreadStore store, ThreadRegistry registry, IThreadSettingsResolver settingsResolver, TimeProvider clock,
    IThreadConversationFactory? conversations = null)
{
    /// <summary>Version recorded as <c>cliVersion</c> (the reference version clients expect).</summary>
    public const string CliVersion = "0.169.0";

    /// <summary>Session source recorded for threads created over the app-server protocol.</summary>
    public const string AppServerSource = "vscode";

    internal IThreadStore Store => store;
    internal ThreadRegistry Registry => registry;


    /// <summary>Creates a thread, loads it and subscribes <paramref name="client"/>.</summary>
    public OpenedThread Start(ThreadSettingsOverrides overrides, bool ephemeral, string? originator, string serverCwd, IClientChannel client)
    {
        var (settings, clamps) = settingsResolver.Resolve(overrides, null, serverCwd);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var git = GitInfoReader.Detect(settings.Cwd.Value);
        var record = new ThreadRecord
        {
            Id = ThreadId.New(),
            CreatedAtMs = now,
            UpdatedAtMs = now,
            Cwd = settings.Cwd.Value,
            ModelProvider = settings.ModelProvider,
            Model = settings.Model,
            ReasoningEffort = settings.ReasoningEffort,
            Source = AppServerSource,
            Originator = originator,
            CliVersion = CliVersion,
            GitSha = git?.Sha,
            GitBranch = git?.Branch,
            GitOriginUrl = git?.OriginUrl,
            SettingsJson = SerializeSettings(settings),
        };
        if (!ephemeral)
        {
            store.CreateThread(record);
        }

        var thread = registry.Load(record, settings, ephemeral);
        Join(thread, client);
        return new OpenedThread(thread, clamps);
    }

    /// <summary>Loads a stored thread (or joins the loaded one), applies overrides and subscribes.</summary>
    public OpenedThread Resume(string threadId, ThreadSettingsOverrides overrides, string serverCwd, IClientChannel client)
    {
        var id = ThreadId.Parse(threadId);
        if (registry.Find(id) is { } loaded)
        {
            IReadOnlyList<Config.ConfigWarning> loadedClamps = [];
            if (overrides.HasAny)
            {
                ThreadSettings replaced;
                (replaced, loadedClamps) = settingsResolver.Resolve(overrides, loaded.Settings, serverCwd);
                loaded.ReplaceSettings(replaced);
            }

            Refresh(loaded);
            Join(loaded, client);
            return new OpenedThread(loaded, loadedClamps);
        }

        var record = store.GetThread(id);
        if (record is null || record.Archived)
        {
            throw ThreadRequestException.NoRollout(id);
        }

        // Claimed before the settings are written: a thread another server is writing stays untouched.
        registry.ClaimWriter(id);
        try
        {
            var (settings, clamps) = settingsResolver.Resolve(overrides, DeserializeSettings(record), serverCwd);
            record = store.UpdateThread(id, new ThreadPatch
            {
                Model = settings.Model,
                ModelProvider = settings.ModelProvider,
                Cwd = settings.Cwd.Value,
                SettingsJson = SerializeSettings(settings),
            }) ?? throw ThreadRequestException.NoRollout(id);
            var thread = registry.Load(record, settings, ephemeral: false);
            Join(thread, client);
            return new OpenedThread(thread, clamps);
        }
        finally
        {
            registry.ReleaseWriterUnlessLoaded(id);
        }
    }

    /// <summary>Copies a thread (history through <paramref name="lastTurnId"/>) into a new loaded thread.</summary>
    public OpenedThread Fork(string threadId, ThreadSettingsOverrides overrides, bool ephemeral, string? lastTurnId, string? originator,
        string serverCwd, IClientChannel client)
    {
        var id = ThreadId.Parse(threadId);
        var loadedSource = registry.Find(id);
        var source = loadedSource is { Ephemeral: true } ? loadedSource.Record : store.GetThread(id);
        if (source is null)
        {
            throw ThreadRequestException.NoRollout(id);
        }

        var previous = loadedSource?.Settings ?? DeserializeSettings(source);
        var (settings, clamps) = settingsResolver.Resolve(overrides, previous, serverCwd);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var record = source with
        {
            Id = ThreadId.New(),
            ForkedFromId = source.Id,
            CreatedAtMs = now,
            UpdatedAtMs = now,
            Name = null,
            Materialized = false,
            Archived = false,
            ArchivedAtMs = null,
            Cwd = settings.Cwd.Value,
            ModelProvider = settings.ModelProvider,
            Model = settings.Model,
            Originator = originator ?? source.Originator,
            SettingsJson = SerializeSettings(settings),
        };
        var sourceIsEphemeral = loadedSource is { Ephemeral: true };
        if (lastTurnId is not null && !sourceIsEphemeral && store.GetTurn(id, lastTurnId) is null)
        {
            throw new ThreadRequestException($"turn not found: {lastTurnId}");
        }

        if (ephemeral)
        {
            // Nothing is written; the fork starts from the source's metadata only.
        }
        else if (sourceIsEphemeral)
        {
            // An ephemeral source has nothing stored to copy: the fork starts empty.
            record = record with { Preview = "" };
            store.CreateThread(record);
        }
        else
        {
            record = store.ForkThread(id, record, lastTurnId);
        }

        var thread = registry.Load(record, settings, ephemeral);
        Join(thread, client);
        return new OpenedThread(thread, clamps);
    }

    /// <summary>
    /// Changes a loaded thread's settings (<c>turn/start</c> overrides) and writes them to its row, so
    /// <c>thread/read</c>, <c>thread/resume</c> and later turns agree. The one writer of thread settings.
    /// The conversation is not told: it made the change, and keeps its turn-only values.
    /// </summary>
    /// <returns>The settings now in effect (the same instance when nothing changed).</returns>
    public ThreadSettings UpdateSettings(ThreadSession thread, Func<ThreadSettings, ThreadSettings> change)
    {
        var before = thread.Settings;
        var after = change(before);
        if (after == before)
        {
            return before;
        }

        thread.Settings = after;
        if (!thread.Ephemeral)
        {
            store.UpdateThread(thread.Id, new ThreadPatch
            {
                Model = after.Model,
                Cwd = after.Cwd.Value,
                ReasoningEffort = new Change<string?>(after.ReasoningEffort),
                SettingsJson = SerializeSettings(after),
            });
        }

        return after;
    }

    /// <summary>
    /// At start-up: turns left <c>inProgress</c> by a server that is gone become <c>interrupted</c>. A thread
    /// another live server is writing keeps its running turn.
    /// </summary>
    public int InterruptOrphanedTurns()
    {
        var count = 0;
        foreach (var id in store.ThreadsWithUnfinishedTurns())
        {
            if (!registry.TryClaimWriter(id))
            {
                continue;
            }

            try
            {
                count += store.InterruptUnfinishedTurns(id, Now());
            }
            finally
            {
                registry.ReleaseWriterUnlessLoaded(id);
            }
        }

        return count;
    }

    /// <summary>The thread's metadata and, when loaded, its in-memory state.</summary>
    /// <exception cref="ThreadRequestException"><c>thread not loaded: id</c> when it does not exist.</exception>
    public (ThreadInfo Info, ThreadSession? Loaded) Read(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        var loaded = registry.Find(id);
        if (loaded is { Ephemeral: true })
        {
            return (ThreadInfo.From(loaded.Record), loaded);
        }

        var record = store.GetThread(id) ?? throw ThreadRequestException.NotLoaded(id);
        if (loaded is not null)
        {
            loaded.Record = record;
        }

        return (ThreadInfo.From(record), loaded);
    }

    /// <summary>The loaded thread with this id, or null.</summary>
    public ThreadSession? FindSession(string threadId) => registry.Find(threadId);

    /// <summary>The runtime status to report for a stored thread.</summary>
    public ThreadRuntimeStatus StatusOf(string threadId) => registry.Find(threadId)?.Status ?? ThreadRuntimeStatus.NotLoaded;

    /// <summary>Renames a thread; <c>thread/name/updated</c> goes to its subscribers and the caller.</summary>
    public NotificationBatch SetName(string threadId, string name, IClientChannel caller)
    {
        var id = ThreadId.Parse(threadId);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ThreadRequestException("thread name must not be empty");
        }

        UpdateRecord(id, new ThreadPatch { Name = new Change<string?>(trimmed), TouchedAtMs = Now() });
        var batch = new NotificationBatch();
        batch.Add(Audience(id, caller), ThreadMethods.NameUpdated, new ThreadNameUpdatedNotification { ThreadId = id, ThreadName = trimmed });
        return batch;
    }

    /// <summary>Archives a thread and unloads it.</summary>
    public NotificationBatch Archive(string threadId, IClientChannel caller)
    {
        var id = ThreadId.Parse(threadId);
        var record = store.GetThread(id);
        if (record is null || record.Archived)
        {
            throw ThreadRequestException.NoRollout(id);
        }

        // Like resume, archiving needs the thread's writer claim: refused while another server writes it.
        registry.ClaimWriter(id);
        try
        {
            store.UpdateThread(id, new ThreadPatch { Archived = true, TouchedAtMs = Now() });
        }
        finally
        {
            registry.ReleaseWriterUnlessLoaded(id);
        }

        var batch = new NotificationBatch();
        var audience = Audience(id, caller);
        if (registry.Find(id) is not null)
        {
            registry.Unload(id);
            batch.Add(audience, ThreadMethods.StatusChanged,
                new ThreadStatusChangedNotification { ThreadId = id, Status = ThreadStatusMapping.ToWire(ThreadRuntimeStatus.NotLoaded) });
        }

        batch.Add(audience, ThreadMethods.Archived, new ThreadArchivedNotification { ThreadId = id });
        return batch;
    }

    /// <summary>Restores an archived thread (it stays unloaded).</summary>
    public (ThreadInfo Info, NotificationBatch Notifications) Unarchive(string threadId, IClientChannel caller)
    {
        var id = ThreadId.Parse(threadId);
        var record = store.GetThread(id);
        if (record is null || !record.Archived)
        {
            throw ThreadRequestException.NoArchivedRollout(id);
        }

        record = store.UpdateThread(id, new ThreadPatch { Archived = false, TouchedAtMs = Now() })!;
        var batch = new NotificationBatch();
        batch.Add([caller], ThreadMethods.Unarchived, new ThreadUnarchivedNotification { ThreadId = id });
        return (ThreadInfo.From(record), batch);
    }

    /// <summary>Deletes a thread with its history; refused while a turn runs.</summary>
    public NotificationBatch Delete(string threadId, IClientChannel caller)
    {
        var id = ThreadId.Parse(threadId);
        var loaded = registry.Find(id);
        if (loaded is { ActiveTurnId: { } turnId })
        {
            throw new ThreadRequestException($"cannot delete thread {id} while turn {turnId} is running");
        }

        var existed = loaded is { Ephemeral: true } || store.GetThread(id) is not null;
        if (!existed)
        {
            throw ThreadRequestException.NoRollout(id);
        }

        var audience = Audience(id, caller);
        if (loaded is not { Ephemeral: true })
        {
            // Deleted while this process holds the writer claim (refused while another server writes it).
            registry.ClaimWriter(id);
            try
            {
                store.DeleteThread(id);
            }
            finally
            {
                registry.ReleaseWriterUnlessLoaded(id);
            }
        }

        var batch = new NotificationBatch();
        if (loaded is not null)
        {
            registry.Unload(id);
            batch.Add(audience, ThreadMethods.StatusChanged,
                new ThreadStatusChangedNotification { ThreadId = id, Status = ThreadStatusMapping.ToWire(ThreadRuntimeStatus.NotLoaded) });
        }

        batch.Add(audience, ThreadMethods.Deleted, new ThreadDeletedNotification { ThreadId = id });
        return batch;
    }

    /// <summary>Stops <paramref name="client"/>'s notifications for the thread.</summary>
    public ThreadUnsubscribeStatus Unsubscribe(string threadId, IClientChannel client)
    {
        var id = ThreadId.Parse(threadId);
        if (registry.Find(id) is not { } loaded)
        {
            return ThreadUnsubscribeStatus.NotLoaded;
        }

        return loaded.Unsubscribe(client) ? ThreadUnsubscribeStatus.Unsubscribed : ThreadUnsubscribeStatus.NotSubscribed;
    }

    /// <summary>Patches the stored git metadata.</summary>
    public ThreadInfo UpdateGitInfo(string threadId, GitFieldChange? sha, GitFieldChange? branch, GitFieldChange? originUrl)
        => ThreadInfo.From(UpdateRecord(ThreadId.Parse(threadId), new ThreadPatch { GitSha = ToPatch(sha), GitBranch = ToPatch(branch), GitOriginUrl = ToPatch(originUrl) }));

    private static Change<string?>? ToPatch(GitFieldChange? change) => change is null ? null : new Change<string?>(change.Value);

    private ThreadRecord UpdateRecord(string id, ThreadPatch patch)
    {
        var loaded = registry.Find(id);
        if (loaded is { Ephemeral: true })
        {
            var current = loaded.Record;
            loaded.Record = current with
            {
                Name = patch.Name is { } n ? n.Value : current.Name,
                GitSha = patch.GitSha is { } s ? s.Value : current.GitSha,
                GitBranch = patch.GitBranch is { } b ? b.Value : current.GitBranch,
                GitOriginUrl = patch.GitOriginUrl is { } o ? o.Value : current.GitOriginUrl,
                UpdatedAtMs = patch.TouchedAtMs ?? current.UpdatedAtMs,
            };
            return loaded.Record;
        }

        var updated = store.UpdateThread(id, patch) ?? throw ThreadRequestException.NoRollout(id);
        if (loaded is not null)
        {
            loaded.Record = updated;
        }

        return updated;
    }

    /// <summary>Reloads a persistent thread's metadata snapshot (the turn engine writes the store directly).</summary>
    private void Refresh(ThreadSession thread)
    {
        if (!thread.Ephemeral && store.GetThread(thread.Id) is { } current)
        {
            thread.Record = current;
        }
    }

    /// <summary>Subscribes <paramref name="client"/> and gives the session its conversation on first load.</summary>
    private void Join(ThreadSession session, IClientChannel client)
    {
        registry.Subscribe(session, client);
        session.AttachConversation(conversations);
    }

    private IReadOnlyList<IClientChannel> Audience(string id, IClientChannel caller)
        => [.. registry.Find(id)?.Subscribers ?? [], caller];

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string SerializeSettings(ThreadSettings settings) => ThreadSettingsJson.Serialize(settings);

    private static ThreadSettings? DeserializeSettings(ThreadRecord record) => ThreadSettingsJson.Deserialize(record.SettingsJson);
}
