using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary><c>fs/readFile</c> of a 4 MiB file: latency and throughput (file bytes per second).</summary>
internal static class FsReadFileBenchmark
{
    private const int Size = 4 * 1024 * 1024;
    private const int Iterations = 30;

    public static async Task RunAsync(string[] args)
    {
        var (server, client) = await TestServer.StartStdioAsync();
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            var path = Path.Combine(server.WorkDir, "4mib.bin");
            var data = new byte[Size];
            new Random(42).NextBytes(data);
            await File.WriteAllBytesAsync(path, data);

            for (var i = 0; i < 3; i++)
            {
                await client.CallAsync("fs/readFile", new JsonObject { ["path"] = path });
            }

            var samples = new List<double>();
            for (var i = 0; i < Iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                var result = await client.CallAsync("fs/readFile", new JsonObject { ["path"] = path });
                samples.Add(clock.Elapsed.TotalMilliseconds);
                if (result["dataBase64"]!.GetValue<string>().Length != (Size + 2) / 3 * 4)
                {
                    throw new InvalidOperationException("fs/readFile returned the wrong size");
                }
            }

            var p50 = Stats.Percentile(samples, 50);
            Console.WriteLine($"fs/readFile 4 MiB: {Stats.Summary(samples)}, {Size / 1024.0 / 1024.0 / (p50 / 1000):F0} MiB/s at p50");
        }
    }
}
