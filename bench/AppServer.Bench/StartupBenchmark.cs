using System.Diagnostics;
using AppServer.IntegrationTests.Harness;

namespace AppServer.Bench;

/// <summary>Cold start to the initialize response, and idle memory after it.</summary>
internal static class StartupBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var samples = new List<double>();
        long rssKb = 0;
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            var (server, client) = await TestServer.StartStdioAsync();
            await using (server)
            await using (client)
            {
                await client.InitializeAsync();
                samples.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(200);
                server.Process.Refresh();
                rssKb = Math.Max(rssKb, server.Process.WorkingSet64 / 1024);
            }
        }

        Console.WriteLine($"cold start to initialize response: {Stats.Summary(samples)}");
        Console.WriteLine($"idle RSS after initialize: {rssKb / 1024.0:F1} MiB");
    }
}
