using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>
/// <c>fuzzyFileSearch</c> over a 50,000-file git tree: one-shot query latency (walk + match each time) and session
/// query latency (sessionUpdate → sessionUpdated, over the session's walked snapshot). Run with
/// <c>APPSERVER_TEST_SERVER=".../codex app-server"</c> for the reference's figures.
/// </summary>
internal static class FuzzyBenchmark
{
    private const int Directories = 500;
    private const int FilesPerDirectory = 100;
    private const int Iterations = 20;
    private static readonly string[] Queries = ["main", "cfgldr", "mod42", "test util", "handler rs"];

    public static async Task RunAsync(string[] args)
    {
        var home = Path.Combine(Path.GetTempPath(), $"appserver-bench-fuzzy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(home);
        // Keeps the reference from trying to sync plugins/apps with the cloud during the run.
        await File.WriteAllTextAsync(Path.Combine(home, "config.toml"), "[features]\nplugins = false\napps = false\n");
        var tree = Path.Combine(Path.GetTempPath(), $"appserver-bench-fuzzy-tree-{Guid.NewGuid():N}");
        BuildTree(tree);
        try
        {
            var (server, client) = await TestServer.StartStdioAsync(new TestServerOptions { CodexHomeOverride = home });
            await using (server)
            await using (client)
            {
                await client.InitializeAsync(experimentalApi: true);
                var roots = new JsonArray(tree);
                for (var i = 0; i < 2; i++)
                {
                    await client.CallAsync("fuzzyFileSearch", new JsonObject { ["query"] = "main", ["roots"] = roots.DeepClone() });
                }

                var oneShot = new List<double>();
                for (var i = 0; i < Iterations; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var result = await client.CallAsync("fuzzyFileSearch", new JsonObject { ["query"] = Queries[i % Queries.Length], ["roots"] = roots.DeepClone() });
                    oneShot.Add(clock.Elapsed.TotalMilliseconds);
                    if (result["files"]!.AsArray().Count == 0)
                    {
                        throw new InvalidOperationException($"no match for {Queries[i % Queries.Length]}");
                    }
                }

                Console.WriteLine($"fuzzyFileSearch, {Directories * FilesPerDirectory} files: {Stats.Summary(oneShot)}");

                await client.CallAsync("fuzzyFileSearch/sessionStart", new JsonObject { ["sessionId"] = "bench", ["roots"] = roots.DeepClone() });
                var session = new List<double>();
                for (var i = 0; i < Iterations + 2; i++)
                {
                    var query = Queries[i % Queries.Length] + (i % 2 == 0 ? "" : "s");
                    var clock = Stopwatch.StartNew();
                    await client.CallAsync("fuzzyFileSearch/sessionUpdate", new JsonObject { ["sessionId"] = "bench", ["query"] = query });
                    while (true)
                    {
                        var n = await client.WaitForNotificationAsync("fuzzyFileSearch/sessionCompleted");
                        if ((string?)n["params"]?["sessionId"] == "bench")
                        {
                            break;
                        }
                    }

                    if (i >= 2)
                    {
                        session.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                Console.WriteLine($"fuzzyFileSearch session query (to sessionCompleted): {Stats.Summary(session)}");
            }
        }
        finally
        {
            Directory.Delete(tree, recursive: true);
            Directory.Delete(home, recursive: true);
        }
    }

    private static void BuildTree(string tree)
    {
        string[] areas = ["src", "lib", "tests", "docs", "tools"];
        string[] words = ["config", "loader", "main", "util", "module", "parser", "render", "test", "service", "handler"];
        Directory.CreateDirectory(Path.Combine(tree, ".git"));
        File.WriteAllText(Path.Combine(tree, ".gitignore"), "*.tmp\n");
        for (var d = 0; d < Directories; d++)
        {
            var dir = Path.Combine(tree, areas[d % areas.Length], $"{words[d % words.Length]}{d}");
            Directory.CreateDirectory(dir);
            for (var f = 0; f < FilesPerDirectory; f++)
            {
                var name = $"{words[(d + f) % words.Length]}_{words[(f * 7) % words.Length]}{f}.{(f % 3 == 0 ? "rs" : f % 3 == 1 ? "cs" : "md")}";
                File.WriteAllText(Path.Combine(dir, name), "");
            }
        }
    }
}
