using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using AppServer.Testing;

namespace AppServer.Bench;

/// <summary>
/// Memory under hostile input and slow clients. <c>hostile [messages]</c>: peak RSS while a stream of malformed,
/// invalid-UTF-8, deeply nested, large and oversized lines is fed over stdio, the longest time the server left
/// stdin unread, and RSS after it went quiet. <c>silent [MiB]</c>: a WebSocket client starts a streamed turn and
/// never reads; peak RSS growth and whether it was cut off. Args: [hostile|silent|both] [size].
/// </summary>
internal static class TransportBenchmark
{
    private static bool IsReference => Environment.GetEnvironmentVariable("APPSERVER_TEST_SERVER") is { Length: > 0 };

    public static async Task RunAsync(string[] args)
    {
        var which = args.FirstOrDefault() ?? "both";
        if (which is "hostile" or "both")
        {
            await HostileAsync(args.Length > 1 && int.TryParse(args[1], out var n) ? n : 20_000);
        }

        if (which is "silent" or "both")
        {
            await SilentAsync(args.Length > 1 && which == "silent" && int.TryParse(args[1], out var mib) ? mib : 64);
        }
    }

    private static async Task HostileAsync(int messages)
    {
        var (server, client) = await TestServer.StartStdioAsync();
        await using var _ = server;
        await using var __ = client;
        await client.InitializeAsync();
        var pid = server.Process.Id;
        var baseline = Rss(pid, "VmRSS");

        // The reference stops reading stdin at the first invalid UTF-8 byte; leave those lines out for it.
        var lines = HostileLines(messages, includeInvalidUtf8: !IsReference).ToList();
        var stdin = server.Process.StandardInput.BaseStream;
        var longestBlocked = TimeSpan.Zero;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            var write = Stopwatch.StartNew();
            await client.SendBytesAsync(line);
            longestBlocked = write.Elapsed > longestBlocked ? write.Elapsed : longestBlocked;
            bytes += line.Length;
        }

        var fed = clock.Elapsed;
        var alive = await client.RequestAsync("model/list", new JsonObject(), timeout: TimeSpan.FromSeconds(120));
        var peak = Rss(pid, "VmHWM");
        var afterBurst = Rss(pid, "VmRSS");
        await Task.Delay(TimeSpan.FromSeconds(10));
        var settled = Rss(pid, "VmRSS");
        foreach (var line in server.Stderr.Split('\n').Where(l => l.Contains("Trimmed", StringComparison.Ordinal)))
        {
            Console.WriteLine("  server: " + line);
        }

        Console.WriteLine($"hostile stdio stream: {lines.Count} messages, {bytes / 1048576.0:F0} MiB in {fed.TotalSeconds:F1} s{(IsReference ? " (no invalid UTF-8: the reference stops reading at it)" : "")}");
        Console.WriteLine($"  peak RSS {peak} MiB (idle before: {baseline} MiB), right after: {afterBurst} MiB, 10 s later: {settled} MiB");
        Console.WriteLine($"  longest single write blocked (server not reading stdin): {longestBlocked.TotalMilliseconds:F0} ms; answers afterwards: {(alive.ContainsKey("result") ? "yes" : alive.ToJsonString())}, exited: {server.HasExited}");
    }

    /// <summary>A deterministic mix of what a fuzzer sends.</summary>
    private static IEnumerable<byte[]> HostileLines(int count, bool includeInvalidUtf8)
    {
        var random = new Random(12);
        var big = Encoding.UTF8.GetBytes("{\"id\":\"big\",\"method\":\"model/list\",\"params\":{\"pad\":\"" + new string('p', 2 * 1024 * 1024) + "\"}}\n");
        var oversized = Encoding.UTF8.GetBytes("{\"id\":\"huge\",\"method\":\"model/list\",\"params\":{\"pad\":\"" + new string('h', 17 * 1024 * 1024) + "\"}}\n");
        var deep = Encoding.UTF8.GetBytes("{\"id\":\"deep\",\"method\":\"model/list\",\"params\":" + new string('[', 5000) + new string(']', 5000) + "}\n");
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(1000);
            yield return pick switch
            {
                < 2 => oversized,
                < 12 => big,
                < 40 => deep,
                < 200 when includeInvalidUtf8 => [.. "{\"id\":1,\"method\":\"model/li"u8, (byte)(0x80 + random.Next(0x80)), .. "st\",\"params\":{}}\n"u8],
                < 400 => Encoding.UTF8.GetBytes("{\"id\":" + i + ",\"method\":\"model/list\",\"params\":{\"limit\":\"x\"}}\n"),
                < 600 => Encoding.UTF8.GetBytes("{\"id\":" + i + ",\"method\":\"no/such\"" + new string(' ', random.Next(2000)) + "}\n"),
                < 800 => Encoding.UTF8.GetBytes("{\"id\":[" + i + "],\"method\":" + random.Next() + "\n"),
                _ => Encoding.UTF8.GetBytes("{\"id\":" + i + ",\"method\":\"model/list\",\"params\":{}}\n"),
            };
        }
    }

    private static async Task SilentAsync(int mib)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), fake.ConfigToml() + "\n[features]\nplugins = false\napps = false\n");
        var server = TestServer.StartWebSocketServer(options);
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var monitor = await server.ConnectWebSocketAsync();
        await monitor.InitializeAsync();
        var pid = server.Process.Id;
        var baseline = Rss(pid, "VmRSS");

        var text = new string('z', mib * 1024 * 1024);
        fake.Enqueue(FakeResponse.Of(FakeItem.Message(text, mib * 256)));
        using var silent = await SilentWebSocketClient.ConnectAsync(server.Port!.Value);
        await silent.CallAsync(1, "initialize", """{"clientInfo":{"name":"silent","version":"1"}}""");
        var threadId = (string)(await silent.CallAsync(2, "thread/start", $$"""{"cwd":{{JsonValue.Create(server.WorkDir).ToJsonString()}}}"""))["thread"]!["id"]!;
        await silent.CallAsync(3, "turn/start", $$"""{"threadId":"{{threadId}}","input":[{"type":"text","text":"stream"}]}""");

        var slowest = TimeSpan.Zero;
        string? status = null;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && status is not ("completed" or "failed" or "interrupted"))
        {
            var clock = Stopwatch.StartNew();
            await monitor.RequestAsync("model/list", new JsonObject(), timeout: TimeSpan.FromSeconds(60));
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            var read = await monitor.RequestAsync("thread/read", new JsonObject { ["threadId"] = threadId, ["includeTurns"] = true });
            status = (string?)read["result"]?["thread"]?["turns"]?.AsArray().LastOrDefault()?["status"];
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var held = Rss(pid, "VmRSS");
        var peak = Rss(pid, "VmHWM");
        var drained = await silent.DrainAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(5));
        var settled = Rss(pid, "VmRSS");
        foreach (var line in server.Stderr.Split('\n').Where(l => l.Contains("Trimmed", StringComparison.Ordinal)))
        {
            Console.WriteLine("  server: " + line);
        }

        Console.WriteLine($"never-reading ws client, {mib} MiB streamed in {mib * 256} deltas: turn {status ?? "?"}; cut off: {(drained.Ended ? "yes" : "no (still open 10 s after)")} after {drained.Bytes / 1048576.0:F1} MiB reached it");
        Console.WriteLine($"  RSS idle {baseline} MiB, peak {peak} MiB (+{peak - baseline}), after the turn {held} MiB (+{held - baseline}), 15 s later {settled} MiB (+{settled - baseline}); monitor's slowest answer {slowest.TotalMilliseconds:F0} ms");
    }

    /// <summary>A field of /proc/PID/status in MiB (VmRSS now, VmHWM peak).</summary>
    private static long Rss(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) / 1024;
            }
        }

        return -1;
    }
}
