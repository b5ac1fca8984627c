using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>config/read and config/value/write round trips over stdio, on a realistic user config.</summary>
internal static class ConfigBenchmark
{
    private const string UserConfig = """
        # my settings
        model = "gpt-5.5"
        model_provider = "mock"
        approval_policy = "on-request"

        [model_providers.mock]
        name = "Mock"
        base_url = "http://127.0.0.1:9/v1"

        [mcp_servers.docs]
        command = "docs-server"
        args = ["--stdio"]

        [features]
        plugins = false

        [tui]
        animations = false
        """;

    public static async Task RunAsync(string[] args)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), UserConfig);
        var (server, client) = await TestServer.StartStdioAsync(options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            var reads = new List<double>();
            var writes = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                var clock = Stopwatch.StartNew();
                await client.CallAsync("config/read", new JsonObject { ["includeLayers"] = true });
                reads.Add(clock.Elapsed.TotalMilliseconds);

                clock.Restart();
                await client.CallAsync("config/value/write", new JsonObject { ["keyPath"] = "tui.animations", ["value"] = i % 2 == 0, ["mergeStrategy"] = "replace" });
                writes.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"config/read (includeLayers) round trip: {Stats.Summary(reads)}");
            Console.WriteLine($"config/value/write round trip (comment-preserving, fsync + rename): {Stats.Summary(writes)}");
        }
    }
}
