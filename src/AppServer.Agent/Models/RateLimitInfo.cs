using System.Globalization;
using System.Net.Http.Headers;

namespace AppServer.Agent.Models;

/// <summary>One rate-limit window as the service reports it: percent used, window length and reset time (unix seconds).</summary>
public sealed record RateLimitWindowInfo(double UsedPercent, long? WindowMinutes, long? ResetsAt);

/// <summary>
/// The account's rate limits from a model response's <c>x-codex-primary-*</c> / <c>x-codex-secondary-*</c>
/// headers (sent by the OpenAI service only). Null when the response carries neither window.
/// </summary>
public sealed record RateLimitInfo(RateLimitWindowInfo? Primary, RateLimitWindowInfo? Secondary)
{
    /// <summary>Reads the two windows; a window needs at least its used-percent header.</summary>
    public static RateLimitInfo? FromHeaders(HttpResponseHeaders headers)
    {
        var primary = Window(headers, "primary");
        var secondary = Window(headers, "secondary");
        return primary is null && secondary is null ? null : new RateLimitInfo(primary, secondary);
    }

    /// <summary>Passes the response's limits, if it reported any, to <paramref name="handler"/> (every wire client does this first).</summary>
    public static void Report(HttpResponseHeaders headers, IResponseStreamHandler handler)
    {
        if (FromHeaders(headers) is { } limits)
        {
            handler.OnRateLimits(limits);
        }
    }

    private static RateLimitWindowInfo? Window(HttpResponseHeaders headers, string name)
    {
        if (Number(headers, $"x-codex-{name}-used-percent") is not { } used)
        {
            return null;
        }

        return new RateLimitWindowInfo(
            used,
            Number(headers, $"x-codex-{name}-window-minutes") is { } minutes ? (long)minutes : null,
            Number(headers, $"x-codex-{name}-reset-at") is { } reset ? (long)reset : null);
    }

    private static double? Number(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
                ? value
                : null;
}
