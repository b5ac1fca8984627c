using System.Text.Json.Nodes;
using AppServer.IntegrationTests.Startup;

namespace AppServer.IntegrationTests.FileSearch;

/// <summary>fuzzyFileSearch and its sessions over the protocol, compared with what the reference returned for the same tree.</summary>
public sealed class FuzzyFileSearchTests
{
    private static string MakeTree(string root)
    {
        var t = Path.Combine(root, "tree");
        Directory.CreateDirectory(Path.Combine(t, "main"));
        Directory.CreateDirectory(Path.Combine(t, "sub"));
        Directory.CreateDirectory(Path.Combine(t, ".git"));
        File.WriteAllText(Path.Combine(t, ".gitignore"), "*.log\n");
        foreach (var f in new[] { "main/xmain.rs", "sub/Main.rs", "sub/zzmaXin.rs", "sub/skip.log" })
        {
            File.WriteAllText(Path.Combine(t, f), "");
        }

        return t;
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Search_ranks_like_the_reference_and_validates(string transport)
    {
        await using var serverSession = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = serverSession;
        var tree = MakeTree(server.WorkDir);
        var responses = new List<(string, JsonObject)>();

        var raw = await client.RequestAsync("fuzzyFileSearch", new JsonObject { ["query"] = "main", ["roots"] = new JsonArray(tree) });
        responses.Add(("fuzzyFileSearch", raw));
        var files = raw["result"]!["files"]!.AsArray();
        // Observed from the reference 0.169.0 on the same tree.
        files.Select(f => (string)f!["path"]!).Should().Equal("main", "sub/Main.rs", "main/xmain.rs", "sub/zzmaXin.rs");
        files.Select(f => (uint)f!["score"]!).Should().Equal(131181u, 65645u, 65612u, 65605u);
        files[0]!["match_type"]!.GetValue<string>().Should().Be("directory");
        files[2]!["indices"]!.AsArray().Select(i => (int)i!).Should().Equal(6, 7, 8, 9);
        files[2]!["file_name"]!.GetValue<string>().Should().Be("xmain.rs");
        files[2]!["root"]!.GetValue<string>().Should().Be(tree);

        var ignored = await client.CallAsync("fuzzyFileSearch", new JsonObject { ["query"] = "skip", ["roots"] = new JsonArray(tree) });
        ignored["files"]!.AsArray().Should().BeEmpty(".gitignore applies inside a git repository");
        var empty = await client.CallAsync("fuzzyFileSearch", new JsonObject { ["query"] = "", ["roots"] = new JsonArray(tree) });
        empty["files"]!.AsArray().Should().BeEmpty();
        var missing = await client.CallAsync("fuzzyFileSearch", new JsonObject { ["query"] = "a", ["roots"] = new JsonArray("/nonexistent-root") });
        missing["files"]!.AsArray().Should().BeEmpty();

        var violations = await ReferenceSchemaValidator.ValidateAsync(responses, client.Notifications);
        violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Sessions_stream_updates_then_completion(string transport)
    {
        await using var serverSession = await ServerSession.StartAsync(transport, experimentalApi: true);
        var (server, client) = serverSession;
        var tree = MakeTree(server.WorkDir);

        var bad = await client.RequestAsync("fuzzyFileSearch/sessionStart", new JsonObject { ["sessionId"] = "s0", ["roots"] = new JsonArray() });
        bad["error"]!["code"]!.GetValue<int>().Should().Be(-32603);
        bad["error"]!["message"]!.GetValue<string>().Should().Be("failed to start fuzzy file search session: at least one search directory is required");

        await client.CallAsync("fuzzyFileSearch/sessionStart", new JsonObject { ["sessionId"] = "s1", ["roots"] = new JsonArray(tree) });
        var first = await client.WaitForNotificationAsync("fuzzyFileSearch/sessionUpdated");
        first["params"]!["query"]!.GetValue<string>().Should().Be("");
        first["params"]!["files"]!.AsArray().Should().BeEmpty();
        await client.WaitForNotificationAsync("fuzzyFileSearch/sessionCompleted");

        await client.CallAsync("fuzzyFileSearch/sessionUpdate", new JsonObject { ["sessionId"] = "s1", ["query"] = "main" });
        var updated = await client.WaitForNotificationAsync("fuzzyFileSearch/sessionUpdated");
        updated["params"]!["sessionId"]!.GetValue<string>().Should().Be("s1");
        updated["params"]!["query"]!.GetValue<string>().Should().Be("main");
        updated["params"]!["files"]!.AsArray().Select(f => (string)f!["path"]!).Should().Equal("main", "sub/Main.rs", "main/xmain.rs", "sub/zzmaXin.rs");
        var completed = await client.WaitForNotificationAsync("fuzzyFileSearch/sessionCompleted");
        completed["params"]!["sessionId"]!.GetValue<string>().Should().Be("s1");

        (await client.CallAsync("fuzzyFileSearch/sessionStop", new JsonObject { ["sessionId"] = "s1" })).AsObject().Should().BeEmpty();
        var gone = await client.RequestAsync("fuzzyFileSearch/sessionUpdate", new JsonObject { ["sessionId"] = "s1", ["query"] = "x" });
        gone["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        gone["error"]!["message"]!.GetValue<string>().Should().Be("fuzzy file search session not found: s1");

        var violations = await ReferenceSchemaValidator.ValidateAsync([], client.Notifications);
        violations.Should().BeEmpty();
    }
}
