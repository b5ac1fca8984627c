namespace AppServer.Agent.Models;

/// <summary>Exponential backoff with jitter: 200 ms × 2^attempt, ±10%, capped at 30 s.</summary>
public static class RetryBackoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    /// <summary>Optional override of the base delay (tests shorten it with <c>APPSERVER_RETRY_BASE_MS</c>).</summary>
    private static readonly double BaseMs = double.TryParse(Environment.GetEnvironmentVariable("APPSERVER_RETRY_BASE_MS"), out var ms) ? ms : 200;

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan Delay(int attempt, TimeSpan? serverSuggested = null)
    {
        if (serverSuggested is { } suggested && suggested > TimeSpan.Zero)
        {
            return suggested < Cap ? suggested : Cap;
        }

        var exponent = Math.Min(attempt - 1, 16);
        var delay = BaseMs * Math.Pow(2, exponent);
        delay *= 0.9 + (Random.Shared.NextDouble() * 0.2);
        return TimeSpan.FromMilliseconds(Math.Min(delay, Cap.TotalMilliseconds));
    }
}
