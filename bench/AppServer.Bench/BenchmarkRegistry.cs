namespace AppServer.Bench;

/// <summary>Every benchmark by name; each prints its own figures.</summary>
internal static class BenchmarkRegistry
{
    public static IReadOnlyDictionary<string, Func<string[], Task>> All { get; } = new SortedDictionary<string, Func<string[], Task>>
    {
        ["config"] = ConfigBenchmark.RunAsync,
        ["startup"] = StartupBenchmark.RunAsync,
        ["thread-list"] = ThreadListBenchmark.RunAsync,
        ["command-exec"] = CommandExecBenchmark.RunAsync,
        ["fs-read"] = FsReadFileBenchmark.RunAsync,
        ["stream"] = StreamBenchmark.RunAsync,
        ["plugins"] = PluginsBenchmark.RunAsync,
        ["fuzzy"] = FuzzyBenchmark.RunAsync,
        ["transport"] = TransportBenchmark.RunAsync,
    };
}
