using System.Text.Json;
using System.Text.Json.Serialization;
using AppServer.Protocol.Serialization;

namespace AppServer.Protocol.Goals;

/// <summary>
/// Params of <c>thread/goal/set</c>: creates the thread's goal (an objective is then required) or patches
/// the existing one; omitted fields keep their value.
/// </summary>
public sealed class ThreadGoalSetParams
{
    /// <summary>The thread.</summary>
    [JsonPropertyName("threadId")]
    public required string ThreadId { get; init; }

    /// <summary>New objective, or null to keep it.</summary>
    [JsonPropertyName("objective")]
    public string? Objective { get; init; }

    /// <summary>New status, or null to keep it.</summary>
    [JsonPropertyName("status")]
    public ThreadGoalStatus? Status { get; init; }

    /// <summary>
    /// New token budget: omitted keeps it, <c>null</c> removes it, a positive integer replaces it (the
    /// distinction between omitted and null is why this is raw JSON).
    /// </summary>
    [JsonPropertyName("tokenBudget")]
    [WireShape("i64?")]
    public JsonElement TokenBudget { get; init; }

    /// <summary>Who asked for the change; missing provenance does not supply user authorization.</summary>
    [JsonPropertyName("origin")]
    public ThreadGoalMutationOrigin? Origin { get; init; }
}
