using System.Text.Json.Nodes;
using AppServer.IntegrationTests.Startup;

namespace AppServer.IntegrationTests.Plugins;

/// <summary>Local marketplaces and plugins as a client sees them: responses, files on disk and config.toml.</summary>
public sealed class PluginMarketplaceTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_local_marketplace_is_added_listed_read_installed_and_removed(string transport)
    {
        var options = new TestServerOptions();
        var marketRoot = Path.Combine(options.Root, "market");
        var manifest = MarketplaceFolder.Create(marketRoot);
        await using var session = await ServerSession.StartAsync(transport, options, experimentalApi: true);
        var (server, client) = session;
        var responses = new List<(string, JsonObject)>();
        async Task<JsonNode> Call(string method, JsonObject args)
        {
            var raw = await client.RequestAsync(method, args);
            raw["error"].Should().BeNull($"{method} should succeed: {raw.ToJsonString()}");
            responses.Add((method, raw));
            return raw["result"]!;
        }

        var configPath = Path.Combine(server.CodexHome, "config.toml");
        (await Call("plugin/list", new JsonObject()))["marketplaces"]!.AsArray().Should().BeEmpty("nothing is configured yet");

        var added = await Call("marketplace/add", new JsonObject { ["source"] = marketRoot });
        ((string?)added["marketplaceName"]).Should().Be("debug");
        ((string?)added["installedRoot"]).Should().Be(marketRoot);
        ((bool)added["alreadyAdded"]!).Should().BeFalse();
        File.ReadAllText(configPath).Should().Contain("[marketplaces.debug]").And.Contain("source_type = \"local\"");
        ((bool)(await Call("marketplace/add", new JsonObject { ["source"] = marketRoot }))["alreadyAdded"]!).Should().BeTrue();

        var list = await Call("plugin/list", new JsonObject());
        var market = list["marketplaces"]!.AsArray().Single()!;
        ((string?)market["path"]).Should().Be(manifest);
        ((string?)market["interface"]!["displayName"]).Should().Be("Debug Market");
        market["plugins"]!.AsArray().Select(p => (string?)p!["id"]).Should().Equal("sample@debug", "broken@debug", "locked@debug");
        var sample = market["plugins"]![0]!;
        ((string?)sample["localVersion"]).Should().Be("1.2.3");
        ((bool)sample["installed"]!).Should().BeFalse();
        ((string?)sample["source"]!["path"]).Should().Be(Path.Combine(marketRoot, "plugins", "sample"));
        ((string?)sample["interface"]!["category"]).Should().Be("Dev", "the marketplace's category wins");
        ((string?)sample["interface"]!["logo"]).Should().Be(Path.Combine(marketRoot, "plugins", "sample", "logo.png"));
        ((string?)sample["interface"]!["defaultPrompt"]![0]).Should().Be("say hello");
        ((string?)market["plugins"]![2]!["installPolicy"]).Should().Be("NOT_AVAILABLE");

        var read = (await Call("plugin/read", new JsonObject { ["pluginName"] = "sample", ["marketplacePath"] = manifest }))["plugin"]!;
        ((string?)read["description"]).Should().Be("A sample plugin");
        ((string?)read["skills"]![0]!["name"]).Should().Be("sample:hello");
        read["mcpServers"]!.AsArray().Select(n => (string?)n).Should().Equal("srv");

        var install = await Call("plugin/install", new JsonObject { ["pluginName"] = "sample", ["marketplacePath"] = manifest });
        ((string?)install["authPolicy"]).Should().Be("ON_INSTALL");
        var installedFolder = Path.Combine(server.CodexHome, "plugins", "cache", "debug", "sample", "1.2.3");
        File.Exists(Path.Combine(installedFolder, ".codex-plugin", "plugin.json")).Should().BeTrue();
        File.Exists(Path.Combine(installedFolder, "skills", "hello", "SKILL.md")).Should().BeTrue();
        File.ReadAllText(configPath).Should().Contain("[plugins.\"sample@debug\"]").And.Contain("enabled = true");

        var installed = await Call("plugin/installed", new JsonObject());
        var installedPlugin = installed["marketplaces"]!.AsArray().Single()!["plugins"]!.AsArray().Single()!;
        ((string?)installedPlugin["id"]).Should().Be("sample@debug");
        ((bool)installedPlugin["installed"]!).Should().BeTrue();
        ((bool)installedPlugin["enabled"]!).Should().BeTrue();

        var skills = await Call("skills/list", new JsonObject { ["cwds"] = new JsonArray(server.WorkDir) });
        var pluginSkill = skills["data"]![0]!["skills"]!.AsArray().Single(s => (string?)s!["name"] == "sample:hello")!;
        ((string?)pluginSkill["pluginId"]).Should().Be("sample@debug");
        ((string?)pluginSkill["path"]).Should().Be(Path.Combine(installedFolder, "skills", "hello", "SKILL.md"));

        (await Call("plugin/uninstall", new JsonObject { ["pluginId"] = "sample@debug" })).AsObject().Should().BeEmpty();
        Directory.Exists(installedFolder).Should().BeFalse();
        File.ReadAllText(configPath).Should().NotContain("sample@debug");
        (await Call("plugin/installed", new JsonObject()))["marketplaces"]!.AsArray().Should().BeEmpty();

        var removed = await Call("marketplace/remove", new JsonObject { ["marketplaceName"] = "debug" });
        removed["installedRoot"].Should().BeNull("a local marketplace is used in place, nothing is deleted");
        Directory.Exists(marketRoot).Should().BeTrue();
        File.ReadAllText(configPath).Should().NotContain("marketplaces");
        (await Call("plugin/list", new JsonObject()))["marketplaces"]!.AsArray().Should().BeEmpty();

        (await ReferenceSchemaValidator.ValidateAsync(responses, [])).Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Bad_requests_get_clear_errors_and_a_broken_marketplace_never_fails_a_listing(string transport)
    {
        var options = new TestServerOptions();
        var marketRoot = Path.Combine(options.Root, "market");
        var manifest = MarketplaceFolder.Create(marketRoot);
        var brokenRepo = Path.Combine(options.Root, "broken-repo");
        MarketplaceFolder.Write(brokenRepo, ".agents/plugins/marketplace.json", "{\"name\": \"oops\", plugins");
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;

        async Task ExpectError(string method, JsonObject args, string message)
        {
            var raw = await client.RequestAsync(method, args);
            raw["error"].Should().NotBeNull($"{method} {args.ToJsonString()} should fail");
            ((int)raw["error"]!["code"]!).Should().Be(-32600);
            ((string?)raw["error"]!["message"]).Should().Be(message);
        }

        await ExpectError("plugin/read", new JsonObject { ["pluginName"] = "nope", ["marketplacePath"] = manifest }, "plugin `nope` was not found in marketplace `debug`");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "nope", ["marketplacePath"] = manifest }, "plugin `nope` was not found in marketplace `debug`");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "escapes", ["marketplacePath"] = manifest }, "plugin `escapes` was not found in marketplace `debug`");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "locked", ["marketplacePath"] = manifest }, "plugin `locked` is not available for install in marketplace `debug`");
        await ExpectError("plugin/read", new JsonObject { ["pluginName"] = "broken", ["marketplacePath"] = manifest }, "missing or invalid plugin.json");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "sample", ["marketplacePath"] = "market/.agents/plugins/marketplace.json" }, "Invalid request: AbsolutePathBuf deserialized without a base path");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "sample" }, "plugin/install requires exactly one of marketplacePath or remoteMarketplaceName");
        await ExpectError("plugin/read", new JsonObject { ["pluginName"] = "sample", ["remoteMarketplaceName"] = "openai" }, "read remote plugin details: chatgpt authentication required for remote plugin catalog");
        await ExpectError("plugin/install", new JsonObject { ["pluginName"] = "sample", ["marketplacePath"] = Path.Combine(options.Root, "none", ".agents", "plugins", "marketplace.json") },
            $"marketplace file `{Path.Combine(options.Root, "none", ".agents", "plugins", "marketplace.json")}` does not exist");
        await ExpectError("plugin/uninstall", new JsonObject { ["pluginId"] = "remote-id" }, "resolve remote plugin before uninstall: chatgpt authentication required for remote plugin catalog");
        await ExpectError("plugin/skill/read", new JsonObject { ["remoteMarketplaceName"] = "a", ["remotePluginId"] = "b", ["skillName"] = "c" }, "read remote plugin skill details: chatgpt authentication required for remote plugin catalog");
        await ExpectError("plugin/share/list", new JsonObject(), "list remote plugin shares: chatgpt authentication required for remote plugin catalog");
        await ExpectError("plugin/share/save", new JsonObject { ["pluginPath"] = Path.Combine(marketRoot, "plugins", "sample") }, "save remote plugin share: chatgpt authentication required for remote plugin catalog");
        await ExpectError("plugin/share/checkout", new JsonObject { ["remotePluginId"] = "x" }, "checkout plugin share: chatgpt authentication required for remote plugin catalog");
        await ExpectError("marketplace/remove", new JsonObject { ["marketplaceName"] = "debug" }, "marketplace `debug` is not configured or installed");
        await ExpectError("marketplace/upgrade", new JsonObject { ["marketplaceName"] = "debug" }, "marketplace `debug` is not configured as a Git marketplace");
        await ExpectError("marketplace/add", new JsonObject { ["source"] = "  " }, "marketplace source must not be empty");
        await ExpectError("marketplace/add", new JsonObject { ["source"] = "file:///srv/market" }, "invalid marketplace source format; expected owner/repo, a git URL, or a local marketplace path");
        await ExpectError("marketplace/add", new JsonObject { ["source"] = marketRoot, ["refName"] = "main" }, "--ref is only supported for git marketplace sources");
        await ExpectError("marketplace/add", new JsonObject { ["source"] = Path.Combine(options.Root, "missing") }, "failed to resolve local marketplace source path: No such file or directory (os error 2)");
        await ExpectError("marketplace/add", new JsonObject { ["source"] = server.WorkDir }, $"invalid marketplace file `{server.WorkDir}`: marketplace root does not contain a supported manifest");

        var brokenInstall = await client.RequestAsync("plugin/install", new JsonObject { ["pluginName"] = "broken", ["marketplacePath"] = manifest });
        ((string?)brokenInstall["error"]!["message"]).Should().StartWith("failed to parse plugin.json: ");
        Directory.Exists(Path.Combine(server.CodexHome, "plugins", "cache", "debug", "broken")).Should().BeFalse();

        var listRaw = await client.RequestAsync("plugin/list", new JsonObject { ["cwds"] = new JsonArray(marketRoot, brokenRepo) });
        var list = listRaw["result"]!;
        list["marketplaces"]!.AsArray().Select(m => (string?)m!["name"]).Should().Equal("debug");
        var loadError = list["marketplaceLoadErrors"]!.AsArray().Single()!;
        ((string?)loadError["marketplacePath"]).Should().Be(Path.Combine(brokenRepo, ".agents", "plugins", "marketplace.json"));
        ((string?)loadError["message"]).Should().StartWith($"invalid marketplace file `{Path.Combine(brokenRepo, ".agents", "plugins", "marketplace.json")}`: ");
        (await ReferenceSchemaValidator.ValidateAsync([("plugin/list", listRaw)], [])).Should().BeEmpty();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_git_marketplace_is_cloned_upgraded_and_removed(string transport)
    {
        var options = new TestServerOptions();
        var repo = Path.Combine(options.Root, "git-market");
        MarketplaceFolder.Create(repo, name: "gitmarket", displayName: "v1");
        MarketplaceFolder.Git(repo, "init", "-q");
        MarketplaceFolder.Git(repo, "add", "-A");
        MarketplaceFolder.Git(repo, "commit", "-qm", "v1");

        // No network here: git rewrites the https URL to the local repository, so the server runs the real git path.
        const string url = "https://example.invalid/team/git-market.git";
        var gitConfig = Path.Combine(options.Root, "gitconfig");
        File.WriteAllText(gitConfig, $"[url \"file://{repo}\"]\n\tinsteadOf = {url}\n");
        options.Environment["GIT_CONFIG_GLOBAL"] = gitConfig;
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;
        var responses = new List<(string, JsonObject)>();
        async Task<JsonNode> Call(string method, JsonObject args)
        {
            var raw = await client.RequestAsync(method, args);
            raw["error"].Should().BeNull($"{method} should succeed: {raw.ToJsonString()}");
            responses.Add((method, raw));
            return raw["result"]!;
        }

        var checkout = Path.Combine(server.CodexHome, ".tmp", "marketplaces", "gitmarket");
        var added = await Call("marketplace/add", new JsonObject { ["source"] = url });
        ((string?)added["installedRoot"]).Should().Be(checkout);
        File.Exists(Path.Combine(checkout, ".agents", "plugins", "marketplace.json")).Should().BeTrue();
        File.ReadAllText(Path.Combine(server.CodexHome, "config.toml")).Should().Contain("source_type = \"git\"").And.Contain($"source = \"{url}\"");
        ((bool)(await Call("marketplace/add", new JsonObject { ["source"] = url }))["alreadyAdded"]!).Should().BeTrue();

        var upToDate = await Call("marketplace/upgrade", new JsonObject());
        upToDate["selectedMarketplaces"]!.AsArray().Select(n => (string?)n).Should().Equal("gitmarket");
        upToDate["upgradedRoots"]!.AsArray().Should().BeEmpty();

        MarketplaceFolder.Create(repo, name: "gitmarket", displayName: "v2");
        MarketplaceFolder.Git(repo, "commit", "-qam", "v2");
        var upgraded = await Call("marketplace/upgrade", new JsonObject { ["marketplaceName"] = "gitmarket" });
        upgraded["upgradedRoots"]!.AsArray().Select(n => (string?)n).Should().Equal(checkout);
        upgraded["errors"]!.AsArray().Should().BeEmpty();
        var list = await Call("plugin/list", new JsonObject());
        ((string?)list["marketplaces"]![0]!["interface"]!["displayName"]).Should().Be("v2");

        var removed = await Call("marketplace/remove", new JsonObject { ["marketplaceName"] = "gitmarket" });
        ((string?)removed["installedRoot"]).Should().Be(checkout);
        Directory.Exists(checkout).Should().BeFalse();

        (await ReferenceSchemaValidator.ValidateAsync(responses, [])).Should().BeEmpty();
    }
}
