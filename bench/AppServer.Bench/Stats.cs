namespace AppServer.Bench;

/// <summary>Percentiles over a set of samples (milliseconds).</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public static string Summary(IReadOnlyList<double> samples)
        => $"p50 {Percentile(samples, 50):F2} ms, p95 {Percentile(samples, 95):F2} ms (n={samples.Count})";
}
