using AppServer.Agent.Models;
using AppServer.Protocol.Turns;

namespace AppServer.Agent.Turns;

/// <summary>Builds <c>thread/tokenUsage/updated</c> from a thread's usage (after each model response, and on resume).</summary>
internal static class TokenUsageNotification
{
    /// <summary>The notification for <paramref name="usage"/> with the model's context window.</summary>
    public static ThreadTokenUsageUpdatedNotification For(string threadId, ThreadUsage usage, long? contextWindow) => new()
    {
        ThreadId = threadId,
        TurnId = usage.TurnId,
        TokenUsage = new ThreadTokenUsage
        {
            Total = Breakdown(usage.Total),
            Last = Breakdown(usage.Last),
            ModelContextWindow = contextWindow,
        },
    };

    private static TokenUsageBreakdown Breakdown(TokenUsage u) => new()
    {
        TotalTokens = u.TotalTokens,
        InputTokens = u.InputTokens,
        CachedInputTokens = u.CachedInputTokens,
        OutputTokens = u.OutputTokens,
        ReasoningOutputTokens = u.ReasoningOutputTokens,
    };
}
