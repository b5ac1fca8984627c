using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario h_fs, as our own test: every fs/* method with its defaults and errors, relative paths
/// refused, and fs/watch + fs/changed until fs/unwatch.
/// </summary>
public sealed class FsScenarioTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Fs_methods_defaults_errors_and_watches(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport);
        var (server, client) = session;
        var s = new ScenarioSession(client, server);
        var w = s.Work;
        Task<JsonNode> Ok(string method, JsonObject p) => s.CallAsync(method, p);

        (await Ok("fs/createDirectory", new JsonObject { ["path"] = $"{w}/a/b/c" })).ToJsonString().Should().Be("{}");
        Directory.Exists($"{w}/a/b/c").Should().BeTrue("recursive is the default");
        await Ok("fs/createDirectory", new JsonObject { ["path"] = $"{w}/a/b/c" });
        await s.ExpectErrorAsync("fs/createDirectory", new JsonObject { ["path"] = $"{w}/x/y", ["recursive"] = false }, -32603);

        var data = Enumerable.Repeat(Enumerable.Range(0, 256).Select(i => (byte)i), 4).SelectMany(b => b).Concat("\0tail"u8.ToArray()).ToArray();
        (await Ok("fs/writeFile", new JsonObject { ["path"] = $"{w}/a/f.bin", ["dataBase64"] = Convert.ToBase64String(data) })).ToJsonString().Should().Be("{}");
        File.ReadAllBytes($"{w}/a/f.bin").Should().Equal(data);
        Convert.FromBase64String((string)(await Ok("fs/readFile", new JsonObject { ["path"] = $"{w}/a/f.bin" }))["dataBase64"]!).Should().Equal(data);
        await Ok("fs/writeFile", new JsonObject { ["path"] = $"{w}/a/f.bin", ["dataBase64"] = B64("short") });
        Encoding.UTF8.GetString(Convert.FromBase64String((string)(await Ok("fs/readFile", new JsonObject { ["path"] = $"{w}/a/f.bin" }))["dataBase64"]!))
            .Should().Be("short", "an overwrite truncates");
        await Ok("fs/writeFile", new JsonObject { ["path"] = $"{w}/empty.txt", ["dataBase64"] = "" });
        new FileInfo($"{w}/empty.txt").Length.Should().Be(0);
        await s.ExpectErrorAsync("fs/writeFile", new JsonObject { ["path"] = $"{w}/nodir/f.txt", ["dataBase64"] = B64("x") }, -32603);
        await s.ExpectErrorAsync("fs/readFile", new JsonObject { ["path"] = $"{w}/missing.txt" }, -32603);
        await s.ExpectErrorAsync("fs/readFile", new JsonObject { ["path"] = $"{w}/a" }, -32600, "not a file");

        var meta = await Ok("fs/getMetadata", new JsonObject { ["path"] = $"{w}/a/f.bin" });
        ((bool)meta["isFile"]!, (bool)meta["isDirectory"]!).Should().Be((true, false));
        var mtime = new DateTimeOffset(File.GetLastWriteTimeUtc($"{w}/a/f.bin")).ToUnixTimeMilliseconds();
        meta["modifiedAtMs"]!.GetValue<long>().Should().BeCloseTo(mtime, 2000);
        meta["createdAtMs"]!.GetValue<long>().Should().BeGreaterThanOrEqualTo(0);
        meta = await Ok("fs/getMetadata", new JsonObject { ["path"] = $"{w}/a" });
        ((bool)meta["isFile"]!, (bool)meta["isDirectory"]!).Should().Be((false, true));
        await s.ExpectErrorAsync("fs/getMetadata", new JsonObject { ["path"] = $"{w}/nothing" }, -32603);

        var entries = (await Ok("fs/readDirectory", new JsonObject { ["path"] = $"{w}/a" }))["entries"]!.AsArray()
            .Select(e => ((string)e!["fileName"]!, (bool)e["isDirectory"]!, (bool)e["isFile"]!)).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
        entries.Should().Equal(("b", true, false), ("f.bin", false, true));
        await s.ExpectErrorAsync("fs/readDirectory", new JsonObject { ["path"] = $"{w}/a/f.bin" }, -32603);

        (await Ok("fs/copy", new JsonObject { ["sourcePath"] = $"{w}/a/f.bin", ["destinationPath"] = $"{w}/g.bin" })).ToJsonString().Should().Be("{}");
        File.ReadAllText($"{w}/g.bin").Should().Be("short");
        await s.ExpectErrorAsync("fs/copy", new JsonObject { ["sourcePath"] = $"{w}/a", ["destinationPath"] = $"{w}/a2" }, -32600, "recursive");
        await Ok("fs/copy", new JsonObject { ["sourcePath"] = $"{w}/a", ["destinationPath"] = $"{w}/a2", ["recursive"] = true });
        (Directory.Exists($"{w}/a2/b/c") && File.Exists($"{w}/a2/f.bin")).Should().BeTrue();

        (await Ok("fs/remove", new JsonObject { ["path"] = $"{w}/g.bin" })).ToJsonString().Should().Be("{}");
        File.Exists($"{w}/g.bin").Should().BeFalse();
        await Ok("fs/remove", new JsonObject { ["path"] = $"{w}/g.bin" });
        await s.ExpectErrorAsync("fs/remove", new JsonObject { ["path"] = $"{w}/g.bin", ["force"] = false }, -32603);
        await s.ExpectErrorAsync("fs/remove", new JsonObject { ["path"] = $"{w}/a2", ["recursive"] = false }, -32603);
        await Ok("fs/remove", new JsonObject { ["path"] = $"{w}/a2" });
        Directory.Exists($"{w}/a2").Should().BeFalse();

        foreach (var (method, p) in new (string, JsonObject)[]
        {
            ("fs/readFile", new JsonObject { ["path"] = "a/f.bin" }),
            ("fs/writeFile", new JsonObject { ["path"] = "rel.txt", ["dataBase64"] = B64("x") }),
            ("fs/createDirectory", new JsonObject { ["path"] = "reldir" }),
            ("fs/getMetadata", new JsonObject { ["path"] = "." }),
            ("fs/readDirectory", new JsonObject { ["path"] = "a" }),
            ("fs/remove", new JsonObject { ["path"] = "a" }),
        })
        {
            await s.ExpectErrorAsync(method, p, -32600);
        }

        (File.Exists($"{w}/rel.txt") || Directory.Exists($"{w}/reldir") || !Directory.Exists($"{w}/a")).Should().BeFalse("relative-path requests have no effect");

        var mark = client.Notifications.Count;
        ((string)(await Ok("fs/watch", new JsonObject { ["watchId"] = "w-dir", ["path"] = $"{w}/a" }))["path"]!).Should().Be($"{w}/a");
        await Ok("fs/watch", new JsonObject { ["watchId"] = "w-file", ["path"] = $"{w}/a/f.bin" });
        await s.ExpectErrorAsync("fs/watch", new JsonObject { ["watchId"] = "w-dir", ["path"] = $"{w}/a" }, -32600, "w-dir");
        await Task.Delay(300);
        File.WriteAllText($"{w}/a/new.txt", "x");
        await client.WaitForNotificationAsync("fs/changed", TimeSpan.FromSeconds(10),
            n => (string?)n["params"]!["watchId"] == "w-dir" && n["params"]!["changedPaths"]!.AsArray().Any(p => ((string)p!).EndsWith("/a/new.txt", StringComparison.Ordinal)));
        File.WriteAllText($"{w}/a/f.bin", "changed");
        var fileChange = await client.WaitForNotificationAsync("fs/changed", TimeSpan.FromSeconds(10), n => (string?)n["params"]!["watchId"] == "w-file");
        fileChange["params"]!["changedPaths"]!.AsArray().Select(p => (string?)p).Should().Equal($"{w}/a/f.bin");
        (await Ok("fs/unwatch", new JsonObject { ["watchId"] = "w-dir" })).ToJsonString().Should().Be("{}");
        await Ok("fs/unwatch", new JsonObject { ["watchId"] = "w-file" });
        await Ok("fs/unwatch", new JsonObject { ["watchId"] = "never-existed" });
        await Task.Delay(500);
        mark = client.Notifications.Count;
        File.WriteAllText($"{w}/a/after.txt", "x");
        await Task.Delay(1500);
        s.Find("fs/changed", mark).Should().BeEmpty("no fs/changed after unwatch");

        await s.AssertSchemaValidAsync();
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
