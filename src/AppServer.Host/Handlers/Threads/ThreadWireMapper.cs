using System.Text.Json;
using Thread = AppServer.Protocol.Threads.Thread;
using AppServer.Core.Threads;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;

namespace AppServer.Host.Handlers.Threads;

/// <summary>Builds wire <see cref="Thread"/> and <see cref="Turn"/> objects from stored records.</summary>
internal sealed class ThreadWireMapper(SqliteDatabase database, IThreadStore store)
{
    public Thread ToWire(ThreadRecord record, ThreadRuntimeStatus status, bool ephemeral, IReadOnlyList<Turn>? turns = null) => new()
    {
        Id = record.Id,
        // Only a loaded thread has a runtime: its one local environment, and it takes turns directly.
        Environments = status == ThreadRuntimeStatus.NotLoaded
            ? null
            : [new ThreadEnvironment { EnvironmentId = "local", Cwd = record.Cwd, RuntimeWorkspaceRoots = [record.Cwd] }],
        CanAcceptDirectInput = status == ThreadRuntimeStatus.NotLoaded ? null : true,
        SessionId = record.Id,
        ForkedFromId = record.ForkedFromId,
        Preview = record.Preview,
        Ephemeral = ephemeral,
        ModelProvider = record.ModelProvider,
        Model = record.Model,
        ReasoningEffort = record.ReasoningEffort,
        CreatedAt = record.CreatedAtMs / 1000,
        UpdatedAt = record.UpdatedAtMs / 1000,
        RecencyAt = record.UpdatedAtMs / 1000,
        Status = ThreadStatusMapping.ToWire(status),
        Path = ephemeral ? null : database.Path,
        Cwd = record.Cwd,
        CliVersion = record.CliVersion,
        Originator = record.Originator,
        Source = record.Source,
        GitInfo = record.GitSha is null && record.GitBranch is null && record.GitOriginUrl is null
            ? null
            : new GitInfo { Sha = record.GitSha, Branch = record.GitBranch, OriginUrl = record.GitOriginUrl },
        Name = record.Name,
        Turns = turns ?? [],
    };

    public Thread ToWire(ThreadSession thread, IReadOnlyList<Turn>? turns = null) => ToWire(thread.Record, thread.Status, thread.Ephemeral, turns);

    /// <summary>Every stored turn of the thread with all its items.</summary>
    public IReadOnlyList<Turn> FullTurns(string threadId)
    {
        var itemsByTurn = store.ListItems(threadId).ToLookup(i => i.TurnId);
        return [.. store.ListTurns(threadId).Select(t => ToWire(t, itemsByTurn[t.Id].ToList(), TurnItemsView.Full))];
    }

    public static Turn ToWire(TurnRecord turn, IReadOnlyList<ItemRecord> items, TurnItemsView view) => new()
    {
        Id = turn.Id,
        Items = view switch
        {
            TurnItemsView.NotLoaded => [],
            // The summary is what turn/completed carries: the final agent message.
            TurnItemsView.Summary => [.. items.Where(i => i.ItemType == "agentMessage").TakeLast(1).Select(Parse)],
            _ => [.. items.Select(Parse)],
        },
        ItemsView = view,
        Status = turn.Status switch
        {
            "completed" => TurnStatus.Completed,
            "interrupted" => TurnStatus.Interrupted,
            "failed" => TurnStatus.Failed,
            _ => TurnStatus.InProgress,
        },
        Error = turn.ErrorJson is null ? null : JsonDocument.Parse(turn.ErrorJson).RootElement.Clone(),
        StartedAt = turn.StartedAtMs / 1000,
        CompletedAt = turn.CompletedAtMs / 1000,
        DurationMs = turn.DurationMs,
        RootTurnId = turn.RootTurnId,
    };

    public static JsonElement Parse(ItemRecord item) => JsonDocument.Parse(item.ItemJson).RootElement.Clone();
}
