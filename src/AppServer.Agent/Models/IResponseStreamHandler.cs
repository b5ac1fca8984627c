using System.Text.Json;

namespace AppServer.Agent.Models;

/// <summary>
/// Receives the events of one streamed model response, in order. Wire clients push events here instead of
/// allocating event objects, so a delta costs one string and one call.
/// </summary>
public interface IResponseStreamHandler
{
    /// <summary>The response's headers reported rate limits (before any event).</summary>
    void OnRateLimits(RateLimitInfo limits)
    {
    }

    /// <summary><c>response.output_item.added</c>: an item began (message, reasoning, tool call...).</summary>
    void OnOutputItemAdded(JsonElement item);

    /// <summary><c>response.output_text.delta</c>.</summary>
    void OnOutputTextDelta(string itemId, string delta);

    /// <summary><c>response.reasoning_summary_part.added</c>.</summary>
    void OnReasoningSummaryPartAdded(string itemId, int summaryIndex);

    /// <summary><c>response.reasoning_summary_text.delta</c>.</summary>
    void OnReasoningSummaryTextDelta(string itemId, string delta, int summaryIndex);

    /// <summary><c>response.reasoning_text.delta</c>.</summary>
    void OnReasoningTextDelta(string itemId, string delta, int contentIndex);

    /// <summary><c>response.output_item.done</c>: the complete item; the handler records it before returning.</summary>
    ValueTask OnOutputItemDoneAsync(JsonElement item, CancellationToken cancellationToken);

    /// <summary><c>response.completed</c>.</summary>
    void OnCompleted(string? responseId, TokenUsage? usage);
}
