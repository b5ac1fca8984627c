using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>
/// A 20,000-delta streamed answer from the in-process fake Responses API: deltas per second delivered to a
/// client and the time from <c>turn/start</c> to <c>turn/completed</c>. Args: [deltas] [runs] [stdio|ws].
/// </summary>
internal static class StreamBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var deltas = args.Length > 0 && int.TryParse(args[0], out var d) ? d : 20_000;
        var runs = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 5;
        var transport = args.Length > 2 ? args[2] : "stdio";
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), fake.ConfigToml() + "\n[features]\nplugins = false\napps = false\n");
        var (server, client) = await TestServer.StartAsync(transport, options);
        await using var _ = server;
        await using var __ = client;
        await client.InitializeAsync();
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = server.WorkDir }))["thread"]!["id"]!;

        var text = string.Concat(Enumerable.Range(0, deltas).Select(i => (char)('a' + (i % 26))));
        var rates = new List<double>();
        var totals = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            fake.Enqueue(FakeResponse.Of(FakeItem.Message(text, deltas)));
            var clock = Stopwatch.StartNew();
            var turnId = (string)(await client.CallAsync("turn/start", new JsonObject
            {
                ["threadId"] = threadId,
                ["input"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = $"stream {run}" }),
            }))["turn"]!["id"]!;
            double? firstDelta = null;
            var received = 0;
            while (true)
            {
                await client.WaitForNotificationAsync("item/agentMessage/delta", TimeSpan.FromSeconds(60));
                firstDelta ??= clock.Elapsed.TotalMilliseconds;
                if (++received == deltas)
                {
                    break;
                }
            }

            var lastDelta = clock.Elapsed.TotalMilliseconds;
            await client.WaitForNotificationAsync("turn/completed", TimeSpan.FromSeconds(60), n => (string?)n["params"]!["turn"]!["id"] == turnId);
            var total = clock.Elapsed.TotalMilliseconds;
            if (run == 0)
            {
                continue; // warm-up
            }

            rates.Add(deltas / ((lastDelta - firstDelta!.Value) / 1000.0));
            totals.Add(total);
        }

        Console.WriteLine($"stream {deltas} deltas over {transport}: p50 {Stats.Percentile(rates, 50):F0} deltas/s, worst {rates.Min():F0} deltas/s (first to last delta, n={rates.Count})");
        Console.WriteLine($"stream {deltas} deltas over {transport}: turn/start to turn/completed {Stats.Summary(totals)}");
    }
}
