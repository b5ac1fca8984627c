using System.Text;
using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Fs;

/// <summary>fs/* over the protocol: operations, the reference's error messages, symlinks, and watches.</summary>
public sealed class FsTests
{
    private static Task<ServerSession> StartAsync(string transport) => ServerSession.StartAsync(transport);

    private static async Task ExpectErrorAsync(RpcClient client, string method, JsonObject request, int code, string message)
    {
        var response = await client.RequestAsync(method, request);
        response["error"].Should().NotBeNull($"{method} {request.ToJsonString()} should fail");
        response["error"]!["code"]!.GetValue<int>().Should().Be(code);
        response["error"]!["message"]!.GetValue<string>().Should().Be(message);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Operations_and_errors_match_the_reference(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;
        var w = server.WorkDir;

        var data = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        await client.CallAsync("fs/writeFile", new JsonObject { ["path"] = $"{w}/bin.dat", ["dataBase64"] = Convert.ToBase64String(data) });
        File.ReadAllBytes($"{w}/bin.dat").Should().Equal(data);
        var read = await client.CallAsync("fs/readFile", new JsonObject { ["path"] = $"{w}/sub/../bin.dat" });
        Convert.FromBase64String(read["dataBase64"]!.GetValue<string>()).Should().Equal(data, "paths are normalized lexically");

        await ExpectErrorAsync(client, "fs/readFile", new JsonObject { ["path"] = $"{w}/missing" }, -32603, "No such file or directory (os error 2)");
        await ExpectErrorAsync(client, "fs/readFile", new JsonObject { ["path"] = w }, -32600, $"path `{w}` is not a file");
        await ExpectErrorAsync(client, "fs/readFile", new JsonObject { ["path"] = "relative/file" }, -32600, "Invalid request: AbsolutePathBuf deserialized without a base path");
        await ExpectErrorAsync(client, "fs/writeFile", new JsonObject { ["path"] = $"{w}/x", ["dataBase64"] = "!!!" }, -32600, "fs/writeFile requires valid base64 dataBase64: Invalid symbol 33, offset 0.");
        await ExpectErrorAsync(client, "fs/writeFile", new JsonObject { ["path"] = w, ["dataBase64"] = "" }, -32603, "Is a directory (os error 21)");
        await ExpectErrorAsync(client, "fs/readDirectory", new JsonObject { ["path"] = $"{w}/bin.dat" }, -32603, "Not a directory (os error 20)");

        await client.CallAsync("fs/createDirectory", new JsonObject { ["path"] = $"{w}/a/b" });
        await ExpectErrorAsync(client, "fs/createDirectory", new JsonObject { ["path"] = $"{w}/a/b", ["recursive"] = false }, -32603, "File exists (os error 17)");
        await ExpectErrorAsync(client, "fs/createDirectory", new JsonObject { ["path"] = $"{w}/bin.dat" }, -32603, "File exists (os error 17)");
        await ExpectErrorAsync(client, "fs/createDirectory", new JsonObject { ["path"] = $"{w}/n/o", ["recursive"] = false }, -32603, "No such file or directory (os error 2)");

        await ExpectErrorAsync(client, "fs/remove", new JsonObject { ["path"] = $"{w}/a", ["recursive"] = false }, -32603, "Directory not empty (os error 39)");
        await ExpectErrorAsync(client, "fs/remove", new JsonObject { ["path"] = $"{w}/nothing", ["force"] = false }, -32603, "No such file or directory (os error 2)");
        await client.CallAsync("fs/remove", new JsonObject { ["path"] = $"{w}/nothing" });
        await client.CallAsync("fs/remove", new JsonObject { ["path"] = $"{w}/a" });
        Directory.Exists($"{w}/a").Should().BeFalse();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Symlinks_are_reported_and_copied_as_links(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;
        var w = server.WorkDir;
        Directory.CreateDirectory($"{w}/tree/dir");
        File.WriteAllText($"{w}/tree/file.txt", "content");
        // An old mtime on the target: metadata must follow the link, not report the link's own (new) time.
        File.SetLastWriteTimeUtc($"{w}/tree/file.txt", new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        File.CreateSymbolicLink($"{w}/tree/file-link", $"{w}/tree/file.txt");
        Directory.CreateSymbolicLink($"{w}/tree/dir-link", "dir");

        var meta = await client.CallAsync("fs/getMetadata", new JsonObject { ["path"] = $"{w}/tree/file-link" });
        (meta["isSymlink"]!.GetValue<bool>(), meta["isFile"]!.GetValue<bool>(), meta["isDirectory"]!.GetValue<bool>()).Should().Be((true, true, false));
        meta["createdAtMs"]!.GetValue<long>().Should().Be(0);
        meta["modifiedAtMs"]!.GetValue<long>().Should().Be(new DateTimeOffset(File.GetLastWriteTimeUtc($"{w}/tree/file.txt")).ToUnixTimeMilliseconds());

        var listing = (await client.CallAsync("fs/readDirectory", new JsonObject { ["path"] = $"{w}/tree" }))["entries"]!.AsArray()
            .Select(e => (e!["fileName"]!.GetValue<string>(), e["isDirectory"]!.GetValue<bool>(), e["isFile"]!.GetValue<bool>()))
            .OrderBy(e => e.Item1).ToList();
        listing.Should().Equal(("dir", true, false), ("dir-link", true, false), ("file-link", false, true), ("file.txt", false, true));

        await client.CallAsync("fs/copy", new JsonObject { ["sourcePath"] = $"{w}/tree/file-link", ["destinationPath"] = $"{w}/copied-link" });
        new FileInfo($"{w}/copied-link").LinkTarget.Should().Be($"{w}/tree/file.txt");

        await ExpectErrorAsync(client, "fs/copy", new JsonObject { ["sourcePath"] = $"{w}/tree", ["destinationPath"] = $"{w}/tree2" }, -32600,
            "fs/copy requires recursive: true when sourcePath is a directory");
        await ExpectErrorAsync(client, "fs/copy", new JsonObject { ["sourcePath"] = $"{w}/tree", ["destinationPath"] = $"{w}/tree/inner", ["recursive"] = true }, -32600,
            "fs/copy cannot copy a directory to itself or one of its descendants");
        await client.CallAsync("fs/copy", new JsonObject { ["sourcePath"] = $"{w}/tree", ["destinationPath"] = $"{w}/tree2", ["recursive"] = true });
        new DirectoryInfo($"{w}/tree2/dir-link").LinkTarget.Should().Be("dir", "links inside a tree stay links");
        File.ReadAllText($"{w}/tree2/file.txt").Should().Be("content");
        await ExpectErrorAsync(client, "fs/copy", new JsonObject { ["sourcePath"] = $"{w}/tree", ["destinationPath"] = $"{w}/tree2", ["recursive"] = true }, -32603,
            "File exists (os error 17)");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task File_watches_survive_replace_by_rename_and_stop_on_unwatch(string transport)
    {
        await using var session = await StartAsync(transport);
        var (server, client) = session;
        var w = server.WorkDir;
        var file = Path.Combine(w, "watched.txt");
        File.WriteAllText(file, "v0");

        (await client.CallAsync("fs/watch", new JsonObject { ["watchId"] = "f", ["path"] = file }))["path"]!.GetValue<string>().Should().Be(file);
        await ExpectErrorAsync(client, "fs/watch", new JsonObject { ["watchId"] = "f", ["path"] = file }, -32600, "watchId already exists: f");
        await Task.Delay(200);

        for (var round = 1; round <= 2; round++)
        {
            File.WriteAllText(Path.Combine(w, $"tmp{round}"), $"v{round}");
            File.Move(Path.Combine(w, $"tmp{round}"), file, overwrite: true);
            var changed = await client.WaitForNotificationAsync("fs/changed", TimeSpan.FromSeconds(10),
                n => (string?)n["params"]!["watchId"] == "f");
            changed["params"]!["changedPaths"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(file);
        }

        // Sibling changes are not reported to a file watch; a missing path can be watched until it appears.
        await client.CallAsync("fs/watch", new JsonObject { ["watchId"] = "later", ["path"] = $"{w}/not-yet" });
        File.WriteAllText($"{w}/not-yet", "now");
        var appeared = await client.WaitForNotificationAsync("fs/changed", TimeSpan.FromSeconds(10), n => (string?)n["params"]!["watchId"] == "later");
        appeared["params"]!["changedPaths"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal($"{w}/not-yet");

        await client.CallAsync("fs/unwatch", new JsonObject { ["watchId"] = "f" });
        await client.CallAsync("fs/unwatch", new JsonObject { ["watchId"] = "never-existed" });
        var count = client.Notifications.Count;
        File.WriteAllText(file, "after unwatch");
        await Task.Delay(800);
        client.Notifications.Skip(count).Where(n => (string?)n["params"]?["watchId"] == "f").Should().BeEmpty();
    }

    [Fact]
    public async Task Directory_watch_notifies_only_the_watching_connection()
    {
        var server = TestServer.StartWebSocketServer();
        await using var _ = server;
        await server.WaitForReadyAsync();
        await using var watcher = await server.ConnectWebSocketAsync();
        await using var bystander = await server.ConnectWebSocketAsync();
        await watcher.InitializeAsync();
        await bystander.InitializeAsync();
        var dir = Directory.CreateDirectory(Path.Combine(server.WorkDir, "d")).FullName;

        await watcher.CallAsync("fs/watch", new JsonObject { ["watchId"] = "w1", ["path"] = dir });
        await bystander.CallAsync("fs/watch", new JsonObject { ["watchId"] = "w1", ["path"] = Path.Combine(server.WorkDir, "elsewhere") });
        await Task.Delay(200);
        File.WriteAllText(Path.Combine(dir, "new.txt"), "x");

        var changed = await watcher.WaitForNotificationAsync("fs/changed", TimeSpan.FromSeconds(10));
        changed["params"]!["watchId"]!.GetValue<string>().Should().Be("w1");
        changed["params"]!["changedPaths"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Contain(Path.Combine(dir, "new.txt"));
        await Task.Delay(500);
        bystander.Notifications.Where(n => (string?)n["method"] == "fs/changed").Should().BeEmpty();
    }
}
