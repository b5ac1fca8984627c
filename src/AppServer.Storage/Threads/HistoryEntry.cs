namespace AppServer.Storage.Threads;

/// <summary>
/// One entry of the raw model-facing history: a Responses API input/output item exactly as sent to or
/// received from the model. A resumed thread re-sends these upstream in <see cref="Sequence"/> order.
/// </summary>
/// <param name="Sequence">Position in the thread's history (0-based, assigned by the store).</param>
/// <param name="TurnId">The turn that produced the entry, or null for context injected outside a turn.</param>
/// <param name="ItemJson">The Responses item as JSON.</param>
public sealed record HistoryEntry(long Sequence, string? TurnId, string ItemJson);
