using System.Text.Json;
using AppServer.Core.Providers;

namespace AppServer.Agent.Models;

/// <summary>
/// The OpenAI Responses API over HTTP + SSE: <c>POST {base_url}/responses</c> with <c>stream:true</c>, events
/// read by <see cref="ModelEventStream"/> (idle timeout between events, the reference's errors).
/// </summary>
public sealed class ResponsesApiClient(ModelHttp http, ModelProviderInfo provider) : IModelClient
{
    public async Task StreamAsync(ModelRequest request, IResponseStreamHandler handler, CancellationToken cancellationToken)
    {
        var completed = await ModelEventStream.ReadAsync(
            http,
            provider,
            "responses",
            ResponsesRequestWriter.Write(request),
            request.Headers,
            handler,
            static (type, data) => ResponsesSseEvent.Parse(type, data),
            (e, ct) => DispatchAsync(e, handler, ct),
            cancellationToken).ConfigureAwait(false);
        if (!completed)
        {
            throw ModelException.StreamDisconnected("stream closed before response.completed");
        }
    }

    /// <summary>Handles one event; returns true when the response is complete.</summary>
    private static async ValueTask<bool> DispatchAsync(ResponsesSseEvent e, IResponseStreamHandler handler, CancellationToken cancellationToken)
    {
        switch (e.Type)
        {
            case "response.output_text.delta":
                handler.OnOutputTextDelta(e.ItemId ?? "", e.Delta ?? "");
                return false;
            case "response.reasoning_summary_text.delta":
                handler.OnReasoningSummaryTextDelta(e.ItemId ?? "", e.Delta ?? "", e.Index);
                return false;
            case "response.reasoning_text.delta":
                handler.OnReasoningTextDelta(e.ItemId ?? "", e.Delta ?? "", e.Index);
                return false;
            case "response.reasoning_summary_part.added":
                handler.OnReasoningSummaryPartAdded(e.ItemId ?? "", e.Index);
                return false;
            case "response.output_item.added":
                if (e.Payload.TryGetProperty("item", out var added))
                {
                    handler.OnOutputItemAdded(added);
                }

                return false;
            case "response.output_item.done":
                if (e.Payload.TryGetProperty("item", out var done))
                {
                    await handler.OnOutputItemDoneAsync(done, cancellationToken).ConfigureAwait(false);
                }

                return false;
            case "response.completed":
                var responseElement = e.Payload.TryGetProperty("response", out var r) ? r : default;
                handler.OnCompleted(
                    responseElement.ValueKind == JsonValueKind.Object && responseElement.TryGetProperty("id", out var id) ? id.GetString() : null,
                    responseElement.ValueKind == JsonValueKind.Object ? ReadUsage(responseElement) : null);
                return true;
            case "response.failed":
                throw FailedResponse(e.Payload);
            case "response.incomplete":
                var reason = e.Payload.TryGetProperty("response", out var inc) && inc.TryGetProperty("incomplete_details", out var details)
                    && details.ValueKind == JsonValueKind.Object && details.TryGetProperty("reason", out var why)
                    ? why.GetString()
                    : "unknown";
                throw ModelException.StreamDisconnected($"Incomplete response returned, reason: {reason}");
            default:
                return false;
        }
    }

    private static ModelException FailedResponse(JsonElement payload)
    {
        string? code = null, message = null;
        if (payload.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        }

        return code switch
        {
            "context_length_exceeded" => new ModelException(HttpErrorMapper.ContextWindowMessage, AppServer.Protocol.Turns.CodexErrorInfo.ContextWindowExceeded),
            "insufficient_quota" => new ModelException(HttpErrorMapper.QuotaExceededMessage, AppServer.Protocol.Turns.CodexErrorInfo.UsageLimitExceeded),
            "usage_not_included" => new ModelException("To use Codex with your ChatGPT plan, upgrade to Plus: https://chatgpt.com/explore/plus.", AppServer.Protocol.Turns.CodexErrorInfo.UsageLimitExceeded),
            _ => ModelException.StreamDisconnected(message ?? "response.failed event received", ParseTryAgain(message)),
        };
    }

    /// <summary>Reads "try again in 1.5s" / "try again in 20ms" hints from rate-limit messages.</summary>
    private static TimeSpan? ParseTryAgain(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var match = System.Text.RegularExpressions.Regex.Match(message, @"try again in\s*(\d+(?:\.\d+)?)\s*(s|ms|seconds?)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            return null;
        }

        var value = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups[2].Value.Equals("ms", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromMilliseconds(value) : TimeSpan.FromSeconds(value);
    }

    internal static TokenUsage? ReadUsage(JsonElement response)
    {
        if (!response.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        static long Num(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        var input = Num(usage, "input_tokens");
        var output = Num(usage, "output_tokens");
        var cached = usage.TryGetProperty("input_tokens_details", out var inDetails) ? Num(inDetails, "cached_tokens") : 0;
        var reasoning = usage.TryGetProperty("output_tokens_details", out var outDetails) ? Num(outDetails, "reasoning_tokens") : 0;
        var total = usage.TryGetProperty("total_tokens", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : input + output;
        return new TokenUsage(input, cached, output, reasoning, total);
    }
}
