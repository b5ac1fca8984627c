using System.Net;
using System.Text.Json;
using AppServer.Protocol.Turns;

namespace AppServer.Agent.Models;

/// <summary>Maps a non-2xx upstream response to the reference's message and <c>codexErrorInfo</c>.</summary>
internal static class HttpErrorMapper
{
    public const string UsageLimitMessage = "You\u2019ve hit your usage limit. Try again later.";
    public const string ContextWindowMessage = "Codex ran out of room in the model's context window. Start a new thread or clear earlier history before retrying.";
    public const string InternalServerErrorMessage = "We\u2019re currently experiencing high demand, which may cause temporary errors.";
    public const string QuotaExceededMessage = "Quota exceeded. Check your plan and billing details.";

    /// <summary>True when the status is worth a silent request retry (5xx, and 429 that is not a usage limit).</summary>
    public static bool IsRetryable(HttpStatusCode status, string body)
        => (int)status >= 500 || (status == HttpStatusCode.TooManyRequests && !IsHardLimit(ErrorFields(body)));

    /// <summary>The final error for a failed request.</summary>
    public static ModelException Map(HttpStatusCode status, string body, Uri url, bool retriesExhausted)
    {
        var (type, code, message) = ErrorFields(body);
        var numeric = (int)status;
        if (code == "context_length_exceeded" || type == "context_length_exceeded")
        {
            return new ModelException(ContextWindowMessage, CodexErrorInfo.ContextWindowExceeded);
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            if (type == "usage_limit_reached" || code == "usage_limit_reached")
            {
                return new ModelException(UsageLimitMessage, CodexErrorInfo.UsageLimitExceeded);
            }

            if (type == "insufficient_quota" || code == "insufficient_quota")
            {
                return new ModelException(QuotaExceededMessage, CodexErrorInfo.UsageLimitExceeded);
            }

            return RetryLimit(status);
        }

        if (status == HttpStatusCode.InternalServerError)
        {
            return new ModelException(InternalServerErrorMessage, CodexErrorInfo.Named("internalServerError"));
        }

        if (numeric > 500)
        {
            return RetryLimit(status);
        }

        if (status == HttpStatusCode.BadRequest)
        {
            return new ModelException(body, CodexErrorInfo.Other);
        }

        if (status == HttpStatusCode.NotFound && (code == "model_not_found" || type == "model_not_found"))
        {
            return new ModelException(message ?? body, CodexErrorInfo.Named("modelNotFound"));
        }

        var reason = ReasonPhrase(status);
        return new ModelException($"unexpected status {numeric} {reason}: {message ?? body}, url: {url}", CodexErrorInfo.HttpConnectionFailed(numeric));
    }

    private static ModelException RetryLimit(HttpStatusCode status)
        => new($"exceeded retry limit, last status: {(int)status} {ReasonPhrase(status)}", CodexErrorInfo.ResponseTooManyFailedAttempts((int)status));

    private static bool IsHardLimit((string? Type, string? Code, string? Message) e)
        => e.Type is "usage_limit_reached" or "insufficient_quota" || e.Code is "usage_limit_reached" or "insufficient_quota";

    private static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])([A-Z])", " $1"),
    };

    /// <summary>Reads <c>error.type</c>, <c>error.code</c> and <c>error.message</c> from an OpenAI-style error body.</summary>
    public static (string? Type, string? Code, string? Message) ErrorFields(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (Str(error, "type"), Str(error, "code"), Str(error, "message"));
            }
        }
        catch (JsonException)
        {
        }

        return (null, null, null);
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
