using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Hooks;

/// <summary>
/// <c>hooks/list</c> end to end: the reference's wire shape and <c>currentHash</c>, trust written back through
/// <c>config/batchWrite</c> into <c>[hooks.state]</c> (what clients do after a review), and project hooks only
/// for trusted projects.
/// </summary>
public sealed class HooksListTests
{
    private const string UserHooks = """
        [[hooks.PreToolUse]]
        [[hooks.PreToolUse.hooks]]
        type = "mcp_tool"
        server = "srv"
        tool = "tl"

        [[hooks.Stop]]
        [[hooks.Stop.hooks]]
        type = "command"
        command = "echo stop"

        """;

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Hooks_list_like_the_reference_and_trust_follows_config_writes(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        var configPath = Path.Combine(options.CodexHome, "config.toml");
        File.WriteAllText(configPath, UserHooks);
        await using var serverSession = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = serverSession;

        var entry = await ListAsync(client, server.WorkDir);

        entry["cwd"]!.GetValue<string>().Should().Be(server.WorkDir);
        entry["warnings"]!.AsArray().Should().BeEmpty();
        entry["errors"]!.AsArray().Should().BeEmpty();
        var hooks = entry["hooks"]!.AsArray();
        hooks.Should().HaveCount(2);
        // Shapes and hashes as codex 0.169.0 returned them for this config.toml.
        var expectedMcp = new JsonObject
        {
            ["key"] = $"{configPath}:pre_tool_use:0:0", ["eventName"] = "preToolUse", ["handlerType"] = "mcpTool",
            ["server"] = "srv", ["tool"] = "tl", ["matcher"] = null, ["timeoutSec"] = 600, ["statusMessage"] = null,
            ["additionalContextLimit"] = null, ["sourcePath"] = configPath, ["source"] = "user", ["pluginId"] = null,
            ["environmentId"] = null, ["displayOrder"] = 0, ["enabled"] = true, ["isManaged"] = false,
            ["currentHash"] = "sha256:1a05d19716711cecbadd8a930d489a3f04bb682878e13f8d38c656570763e525", ["trustStatus"] = "untrusted",
        };
        var expectedStop = new JsonObject
        {
            ["key"] = $"{configPath}:stop:0:0", ["eventName"] = "stop", ["handlerType"] = "command", ["command"] = "echo stop",
            ["async"] = false, ["matcher"] = null, ["timeoutSec"] = 600, ["statusMessage"] = null, ["additionalContextLimit"] = null,
            ["sourcePath"] = configPath, ["source"] = "user", ["pluginId"] = null, ["environmentId"] = null, ["displayOrder"] = 1,
            ["enabled"] = true, ["isManaged"] = false,
            ["currentHash"] = "sha256:236335e9e512004a0f5f42af65a07ea9059bd9a23dbb68286ed57fecf2b69ddf", ["trustStatus"] = "untrusted",
        };
        JsonNode.DeepEquals(hooks[0], expectedMcp).Should().BeTrue(hooks[0]!.ToJsonString());
        JsonNode.DeepEquals(hooks[1], expectedStop).Should().BeTrue(hooks[1]!.ToJsonString());

        // A client that reviewed the Stop hook stores its currentHash as trusted_hash, and disables the other.
        var stopKey = $"{configPath}:stop:0:0";
        var mcpKey = $"{configPath}:pre_tool_use:0:0";
        await client.CallAsync("config/batchWrite", new JsonObject
        {
            ["edits"] = new JsonArray(new JsonObject
            {
                ["keyPath"] = "hooks.state",
                ["mergeStrategy"] = "upsert",
                ["value"] = new JsonObject
                {
                    [stopKey] = new JsonObject { ["trusted_hash"] = expectedStop["currentHash"]!.GetValue<string>(), ["enabled"] = true },
                    [mcpKey] = new JsonObject { ["enabled"] = false },
                },
            }),
        });
        File.ReadAllText(configPath).Should().Contain("trusted_hash = \"sha256:236335e9");

        hooks = (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray();
        hooks.Select(h => ((string)h!["trustStatus"]!, (bool)h["enabled"]!)).Should().Equal(("untrusted", false), ("trusted", true));

        // Editing the hook afterwards makes it "modified" until it is reviewed again.
        File.WriteAllText(configPath, File.ReadAllText(configPath).Replace("echo stop", "echo changed", StringComparison.Ordinal));
        hooks = (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray();
        ((string)hooks[1]!["trustStatus"]!).Should().Be("modified");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Project_hooks_are_listed_only_for_a_trusted_project(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(Path.Combine(options.WorkDir, ".git"));
        Directory.CreateDirectory(Path.Combine(options.WorkDir, ".codex"));
        var projectConfig = Path.Combine(options.WorkDir, ".codex", "config.toml");
        File.WriteAllText(projectConfig, "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo project\"\n");
        var userConfig = Path.Combine(options.CodexHome, "config.toml");
        File.WriteAllText(userConfig, "");
        await using var serverSession = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = serverSession;

        (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray().Should().BeEmpty("the project is not trusted");

        File.WriteAllText(userConfig, $"[projects.\"{server.WorkDir}\"]\ntrust_level = \"trusted\"\n");
        var hook = (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)hook["source"]!).Should().Be("project");
        ((string)hook["key"]!).Should().Be($"{projectConfig}:pre_tool_use:0:0");
        ((string)hook["trustStatus"]!).Should().Be("untrusted");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_thread_id_lists_the_hooks_of_that_thread_cwd(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), UserHooks);
        await using var serverSession = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = serverSession;
        var other = Path.Combine(options.Root, "other");
        Directory.CreateDirectory(other);
        var threadId = (string)(await client.CallAsync("thread/start", new JsonObject { ["cwd"] = other }))["thread"]!["id"]!;

        var entry = (await client.CallAsync("hooks/list", new JsonObject { ["threadId"] = threadId }))["data"]!.AsArray().Should().ContainSingle().Subject!;
        ((string)entry["cwd"]!).Should().Be(other);
        entry["hooks"]!.AsArray().Should().HaveCount(2);

        // The reference's messages for the ways this can go wrong.
        await ErrorAsync(client, new JsonObject { ["threadId"] = threadId, ["cwds"] = new JsonArray(other) }, "specify either threadId or cwds");
        await ErrorAsync(client, new JsonObject { ["threadId"] = "00000000-0000-0000-0000-000000000000" }, "thread not found: 00000000-0000-0000-0000-000000000000");
        await ErrorAsync(client, new JsonObject { ["threadId"] = "nope" }, "invalid thread id: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Session_flag_hooks_get_the_reference_synthetic_path(string transport)
    {
        var options = new TestServerOptions { ExtraArgs = ["-c", "hooks.Stop=[{hooks=[{type=\"command\",command=\"x\"}]}]"] };
        await using var serverSession = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = serverSession;

        var hook = (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray().Should().ContainSingle().Subject!;

        // Key, path, source and hash as codex 0.169.0 returned them for the same -c flag.
        ((string)hook["key"]!).Should().Be("/<session-flags>/config.toml:stop:0:0");
        ((string)hook["sourcePath"]!).Should().Be("/<session-flags>/config.toml");
        ((string)hook["source"]!).Should().Be("sessionFlags");
        ((string)hook["currentHash"]!).Should().Be("sha256:6f14477468be127a92604ce05b51030268ccd6077fa7a807515589cfcfc7fd17");
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Administrator_hooks_are_managed_and_can_exclude_all_others(string transport)
    {
        var options = new TestServerOptions();
        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(options.SystemConfigDir);
        File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), UserHooks);
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "config.toml"), "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"echo system\"\n");
        var requirements = Path.Combine(options.SystemConfigDir, "requirements.toml");
        File.WriteAllText(requirements, "allow_managed_hooks_only = true\n[hooks]\n[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo required\"\n");
        await using var serverSession = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = serverSession;

        var hooks = (await ListAsync(client, server.WorkDir))["hooks"]!.AsArray();

        // As codex 0.169.0 lists the same files: requirement hooks first, user hooks dropped, all managed.
        hooks.Select(h => ((string)h!["key"]!, (string)h["source"]!, (string)h["trustStatus"]!, (bool)h["isManaged"]!, (string)h["currentHash"]!)).Should().Equal(
            ($"{requirements}:pre_tool_use:0:0", "system", "managed", true, "sha256:10434d9fae583199737f4a82be3b0d63aae5db594feef6f32ed5725a831866ac"),
            ($"{Path.Combine(options.SystemConfigDir, "config.toml")}:stop:0:0", "system", "managed", true, "sha256:e0c3990bf56fc4bb9e6c4c1e22cf0e96bf66b9ce76dcb49d2ec7b887a285bec9"));

        // configRequirements/read shows the same requirements the way the reference does.
        var read = (await client.CallAsync("configRequirements/read", new JsonObject()))["requirements"]!;
        ((bool)read["allowManagedHooksOnly"]!).Should().BeTrue();
        var managed = read["hooks"]!.AsObject();
        managed.Select(p => p.Key).Should().HaveCount(16).And.Contain(["managedDir", "windowsManagedDir", "Interrupt"]);
        JsonNode.DeepEquals(managed["PreToolUse"], JsonNode.Parse("""
            [{"matcher":"Bash","hooks":[{"type":"command","command":"echo required","commandWindows":null,"timeoutSec":null,"async":false,"statusMessage":null,"additionalContextLimit":null}]}]
            """)).Should().BeTrue(managed["PreToolUse"]!.ToJsonString());
        managed["Stop"]!.AsArray().Should().BeEmpty();
    }

    private static async Task ErrorAsync(RpcClient client, JsonObject request, string message)
    {
        var raw = await client.RequestAsync("hooks/list", request);
        ((int)raw["error"]!["code"]!).Should().Be(-32600);
        ((string)raw["error"]!["message"]!).Should().Be(message);
    }

    private static async Task<JsonObject> ListAsync(RpcClient client, string cwd)
    {
        var result = await client.CallAsync("hooks/list", new JsonObject { ["cwds"] = new JsonArray(cwd) });
        return result["data"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
    }
}
