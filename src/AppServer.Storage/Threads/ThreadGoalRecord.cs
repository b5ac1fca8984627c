namespace AppServer.Storage.Threads;

/// <summary>The stored goal of a thread (at most one per thread; deleted with the thread).</summary>
/// <param name="ThreadId">The thread.</param>
/// <param name="Objective">What the goal is.</param>
/// <param name="Status">The wire status name (<c>active</c>, <c>paused</c>, ...).</param>
/// <param name="TokenBudget">Token budget, or null for none.</param>
/// <param name="TokensUsed">Tokens spent on the goal so far.</param>
/// <param name="TimeUsedSeconds">Seconds spent on the goal so far.</param>
/// <param name="CreatedAtMs">Creation time, Unix milliseconds.</param>
/// <param name="UpdatedAtMs">Last change, Unix milliseconds.</param>
public sealed record ThreadGoalRecord(
    string ThreadId,
    string Objective,
    string Status,
    long? TokenBudget,
    long TokensUsed,
    long TimeUsedSeconds,
    long CreatedAtMs,
    long UpdatedAtMs);
