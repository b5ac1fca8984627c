using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>
/// <c>command/exec</c> round trip of <c>true</c>: sequential p50/p95 and 8 requests in flight, sandboxed
/// (the default read-only policy, bubblewrap on Linux) and unsandboxed (dangerFullAccess).
/// </summary>
internal static class CommandExecBenchmark
{
    private const int Warmup = 5;
    private const int Sequential = 100;
    private const int Concurrent = 8;
    private const int ConcurrentRounds = 25;

    public static async Task RunAsync(string[] args)
    {
        var (server, client) = await TestServer.StartStdioAsync();
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            foreach (var (label, policy) in new (string, JsonObject?)[] { ("sandboxed (readOnly, default)", null), ("unsandboxed (dangerFullAccess)", new JsonObject { ["type"] = "dangerFullAccess" }) })
            {
                JsonObject Request()
                {
                    var request = new JsonObject { ["command"] = new JsonArray("true") };
                    if (policy is not null)
                    {
                        request["sandboxPolicy"] = policy.DeepClone();
                    }

                    return request;
                }

                for (var i = 0; i < Warmup; i++)
                {
                    await client.CallAsync("command/exec", Request());
                }

                var samples = new List<double>();
                for (var i = 0; i < Sequential; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await client.CallAsync("command/exec", Request());
                    samples.Add(clock.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"command/exec `true` {label}, sequential: {Stats.Summary(samples)}");

                var latencies = new List<double>();
                var wall = Stopwatch.StartNew();
                for (var round = 0; round < ConcurrentRounds; round++)
                {
                    var batch = Enumerable.Range(0, Concurrent).Select(async _ =>
                    {
                        var clock = Stopwatch.StartNew();
                        await client.CallAsync("command/exec", Request());
                        return clock.Elapsed.TotalMilliseconds;
                    });
                    latencies.AddRange(await Task.WhenAll(batch));
                }

                var total = Concurrent * ConcurrentRounds;
                Console.WriteLine($"command/exec `true` {label}, {Concurrent} in flight: {Stats.Summary(latencies)}, " +
                    $"{total / wall.Elapsed.TotalSeconds:F0} commands/s");
            }
        }
    }
}
