using System.Diagnostics;
using System.Text.Json.Nodes;
using AppServer.Testing;
using AppServer.Storage.Sqlite;
using AppServer.Storage.Threads;

namespace AppServer.Bench;

/// <summary>
/// <c>thread/list</c> latency over the protocol with 100,000 stored threads (created directly through the
/// store): the first page and a deep page (past 90,000 rows), limit 25.
/// Args: <c>[threadCount] [samples]</c>.
/// </summary>
internal static class ThreadListBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var samples = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);

        var clock = Stopwatch.StartNew();
        var store = new SqliteThreadStore(new SqliteDatabase(Path.Combine(options.CodexHome, SqliteDatabase.FileName)));
        var start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - count;
        for (var i = 0; i < count; i++)
        {
            store.CreateThread(new ThreadRecord
            {
                Id = Guid.CreateVersion7().ToString(),
                CreatedAtMs = start + i,
                UpdatedAtMs = start + i,
                Preview = $"benchmark prompt {i}",
                Materialized = true,
                Cwd = options.WorkDir,
                ModelProvider = i % 10 == 0 ? "mock" : "openai",
                Model = "gpt-5.5",
                Source = "vscode",
                CliVersion = "0.169.0",
            });
        }

        Console.WriteLine($"created {count} threads through the store in {clock.Elapsed.TotalSeconds:F1} s");

        var (server, client) = await TestServer.StartStdioAsync(options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();

            // Walk to a deep position with big pages, then time 25-row pages from there.
            string? deepCursor = null;
            var walked = 0;
            while (walked < count * 9 / 10)
            {
                var page = await client.CallAsync("thread/list", deepCursor is null ? new JsonObject { ["limit"] = 1000 } : new JsonObject { ["limit"] = 1000, ["cursor"] = deepCursor });
                walked += page["data"]!.AsArray().Count;
                deepCursor = (string?)page["nextCursor"];
                if (deepCursor is null)
                {
                    break;
                }
            }

            Console.WriteLine($"thread/list first page (limit 25): {Stats.Summary(await Time(client, new JsonObject { ["limit"] = 25 }, samples))}");
            if (deepCursor is not null)
            {
                Console.WriteLine($"thread/list deep page after {walked} rows (limit 25): {Stats.Summary(await Time(client, new JsonObject { ["limit"] = 25, ["cursor"] = deepCursor }, samples))}");
            }

            Console.WriteLine($"thread/list first page sorted by updated_at: {Stats.Summary(await Time(client, new JsonObject { ["limit"] = 25, ["sortKey"] = "updated_at" }, samples))}");
            Console.WriteLine($"thread/list first page filtered to 1 provider in 10: {Stats.Summary(await Time(client, new JsonObject { ["limit"] = 25, ["modelProviders"] = new JsonArray("mock") }, samples))}");
        }
    }

    private static async Task<List<double>> Time(RpcClient client, JsonObject @params, int samples)
    {
        for (var i = 0; i < 20; i++)
        {
            await client.CallAsync("thread/list", @params.DeepClone());
        }

        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            var page = await client.CallAsync("thread/list", @params.DeepClone());
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (page["data"]!.AsArray().Count == 0)
            {
                throw new InvalidOperationException("thread/list returned an empty page");
            }
        }

        return times;
    }
}
