namespace AppServer.Agent.Models;

/// <summary>The <c>usage</c> object of <c>response.completed</c>.</summary>
public readonly record struct TokenUsage(long InputTokens, long CachedInputTokens, long OutputTokens, long ReasoningOutputTokens, long TotalTokens)
{
    public static TokenUsage operator +(TokenUsage a, TokenUsage b) => new(
        a.InputTokens + b.InputTokens,
        a.CachedInputTokens + b.CachedInputTokens,
        a.OutputTokens + b.OutputTokens,
        a.ReasoningOutputTokens + b.ReasoningOutputTokens,
        a.TotalTokens + b.TotalTokens);
}
