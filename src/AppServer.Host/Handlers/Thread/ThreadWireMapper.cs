using System.Text.Json;
using Thread = AppServer.Protocol.Threads.Thread;
using AppServer.Core.Threads;
using AppServer.Core.Threads.Queries;
using AppServer.Protocol.Threads;
using AppServer.Protocol.Turns;

namespace AppServer.Host.Handlers;

/// <summary>Builds wire <see cref="Thread"/> and <see cref="Turn"/> objects from Core's thread, turn and item snapshots.</summary>
internal sealed class ThreadWireMapper(ThreadQueries queries)
{
    public Thread ToWire(ThreadInfo record, ThreadRuntimeStatus status, bool ephemeral, IReadOnlyList<Turn>? turns = null) => new()
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
        Path = ephemeral ? null : queries.DatabasePath,
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

    public Thread ToWire(ThreadSession thread, IReadOnlyList<Turn>? turns = null) => ToWire(ThreadInfo.Of(thread), thread.Status, thread.Ephemeral, turns);

    /// <summary>Every stored turn of the thread with all its items.</summary>
    public IReadOnlyList<Turn> FullTurns(string threadId) => [.. queries.AllTurns(threadId).Select(t => ToWire(t, TurnItemsView.Full))];

    public static Turn ToWire(TurnInfo turn, TurnItemsView view) => new()
    {
        Id = turn.Id,
        Items = view switch
        {
            TurnItemsView.NotLoaded => [],
            // The summary is what turn/completed carries: the final agent message.
            TurnItemsView.Summary => [.. turn.Items.Where(i => i.ItemType == "agentMessage").TakeLast(1).Select(Parse)],
            _ => [.. turn.Items.Select(Parse)],
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

    public static JsonElement Parse(ItemInfo item) => JsonDocument.Parse(item.ItemJson).RootElement.Clone();
}
