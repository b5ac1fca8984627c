namespace AppServer.Agent.Models;

/// <summary>Exponential backoff with jitter: base × 2^attempt (200 ms unless configured), ±10%, capped at 30 s.</summary>
/// <param name="baseDelay">The first retry's delay before jitter (tests shorten it).</param>
public sealed class RetryBackoff(TimeSpan baseDelay)
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    /// <summary>The reference's base delay.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>The first retry's delay before jitter.</summary>
    public TimeSpan BaseDelay { get; } = baseDelay;

    /// <summary>Backoff with the reference's base delay.</summary>
    public static RetryBackoff Default { get; } = new(DefaultBaseDelay);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan Delay(int attempt, TimeSpan? serverSuggested = null)
    {
        if (serverSuggested is { } suggested && suggested > TimeSpan.Zero)
        {
            return suggested < Cap ? suggested : Cap;
        }

        var exponent = Math.Min(attempt - 1, 16);
        var delay = BaseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        delay *= 0.9 + (Random.Shared.NextDouble() * 0.2);
        return TimeSpan.FromMilliseconds(Math.Min(delay, Cap.TotalMilliseconds));
    }
}
