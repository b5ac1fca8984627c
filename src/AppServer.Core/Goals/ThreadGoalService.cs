using System.Globalization;
using AppServer.Core.Threads;
using AppServer.Protocol.Goals;
using AppServer.Storage.Threads;

namespace AppServer.Core.Goals;

/// <summary>
/// Thread goals as local metadata: at most one goal per thread, stored with the thread and validated
/// with the reference's messages. Works on any stored, unarchived thread, loaded or not; ephemeral threads
/// (never stored) have no goals.
/// </summary>
public sealed class ThreadGoalService(IThreadStore store, IThreadGoalStore goals, ThreadRegistry registry, TimeProvider clock)
{
    /// <summary>The reference's limit on objective length, in characters.</summary>
    public const int MaxObjectiveLength = 4000;

    /// <summary>The goal of a thread, or null.</summary>
    /// <exception cref="ThreadRequestException">Malformed id, or no such (unarchived) thread.</exception>
    public (string ThreadId, ThreadGoal? Goal) Get(string threadId)
    {
        var id = RequireThread(threadId);
        return (id, goals.GetGoal(id) is { } record ? ToWire(record) : null);
    }

    /// <summary>Creates the goal (the patch must then carry an objective) or patches the existing one.</summary>
    /// <exception cref="ThreadRequestException">Bad id, unknown thread, or an invalid field.</exception>
    public ThreadGoal Set(string threadId, ThreadGoalPatch patch)
    {
        var id = RequireThread(threadId);
        var objective = patch.Objective is null ? null : ValidObjective(patch.Objective);
        if (patch.ChangesBudget && patch.TokenBudget is <= 0)
        {
            throw new ThreadRequestException("goal budgets must be positive when provided");
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var existing = goals.GetGoal(id);
        ThreadGoalRecord updated;
        if (existing is null)
        {
            if (objective is null)
            {
                throw new ThreadRequestException($"cannot update goal for thread {id}: no goal exists");
            }

            updated = new ThreadGoalRecord(id, objective, StatusName(patch.Status ?? ThreadGoalStatus.Active),
                patch.ChangesBudget ? patch.TokenBudget : null, TokensUsed: 0, TimeUsedSeconds: 0, CreatedAtMs: now, UpdatedAtMs: now);
        }
        else
        {
            updated = existing with
            {
                Objective = objective ?? existing.Objective,
                Status = patch.Status is { } status ? StatusName(status) : existing.Status,
                TokenBudget = patch.ChangesBudget ? patch.TokenBudget : existing.TokenBudget,
                UpdatedAtMs = now,
            };
        }

        // An active goal whose budget is already spent is budget-limited, as the reference reports it.
        if (updated.Status == StatusName(ThreadGoalStatus.Active) && updated.TokenBudget is { } budget && updated.TokensUsed >= budget)
        {
            updated = updated with { Status = StatusName(ThreadGoalStatus.BudgetLimited) };
        }

        goals.SaveGoal(updated);
        return ToWire(updated);
    }

    /// <summary>Removes the goal; false when the thread had none.</summary>
    /// <exception cref="ThreadRequestException">Malformed id, or no such (unarchived) thread.</exception>
    public (string ThreadId, bool Cleared) Clear(string threadId)
    {
        var id = RequireThread(threadId);
        return (id, goals.DeleteGoal(id));
    }

    /// <summary>The goal of a thread already known to exist (for resume), or null.</summary>
    public ThreadGoal? Find(string threadId) => goals.GetGoal(threadId) is { } record ? ToWire(record) : null;

    private string RequireThread(string threadId)
    {
        var id = ThreadId.Parse(threadId);
        if (registry.Find(id) is { Ephemeral: true })
        {
            throw new ThreadRequestException($"ephemeral thread does not support goals: {id}");
        }

        if (store.GetThread(id) is not { Archived: false })
        {
            throw new ThreadRequestException($"thread not found: {id}");
        }

        return id;
    }

    private static string ValidObjective(string objective)
    {
        var trimmed = objective.Trim();
        if (trimmed.Length == 0)
        {
            throw new ThreadRequestException("goal objective must not be empty");
        }

        // Characters as the reference counts them: Unicode scalar values, not UTF-16 units.
        if (trimmed.EnumerateRunes().Count() > MaxObjectiveLength)
        {
            throw new ThreadRequestException(string.Create(CultureInfo.InvariantCulture, $"goal objective must be at most {MaxObjectiveLength} characters"));
        }

        return trimmed;
    }

    private static ThreadGoal ToWire(ThreadGoalRecord record) => new()
    {
        ThreadId = record.ThreadId,
        Objective = record.Objective,
        Status = ParseStatus(record.Status),
        TokenBudget = record.TokenBudget,
        TokensUsed = record.TokensUsed,
        TimeUsedSeconds = record.TimeUsedSeconds,
        CreatedAt = record.CreatedAtMs / 1000,
        UpdatedAt = record.UpdatedAtMs / 1000,
    };

    private static string StatusName(ThreadGoalStatus status) => status switch
    {
        ThreadGoalStatus.Active => "active",
        ThreadGoalStatus.Paused => "paused",
        ThreadGoalStatus.Blocked => "blocked",
        ThreadGoalStatus.UsageLimited => "usageLimited",
        ThreadGoalStatus.BudgetLimited => "budgetLimited",
        ThreadGoalStatus.Complete => "complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static ThreadGoalStatus ParseStatus(string name) => name switch
    {
        "active" => ThreadGoalStatus.Active,
        "paused" => ThreadGoalStatus.Paused,
        "blocked" => ThreadGoalStatus.Blocked,
        "usageLimited" => ThreadGoalStatus.UsageLimited,
        "budgetLimited" => ThreadGoalStatus.BudgetLimited,
        "complete" => ThreadGoalStatus.Complete,
        _ => throw new InvalidDataException($"unknown stored goal status: {name}"),
    };
}
