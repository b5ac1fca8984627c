using AppServer.Protocol.Goals;

namespace AppServer.Core.Goals;

/// <summary>
/// The changes of one <c>thread/goal/set</c>: null fields keep their value; the budget has its own flag
/// because "remove the budget" (null) differs from "leave it" (omitted).
/// </summary>
/// <param name="Objective">New objective, or null to keep it.</param>
/// <param name="Status">New status, or null to keep it.</param>
/// <param name="ChangesBudget">Whether <paramref name="TokenBudget"/> applies.</param>
/// <param name="TokenBudget">New budget (null: none) when <paramref name="ChangesBudget"/>.</param>
public sealed record ThreadGoalPatch(string? Objective, ThreadGoalStatus? Status, bool ChangesBudget, long? TokenBudget);
