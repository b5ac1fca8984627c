using System.Text.Json.Nodes;

namespace AppServer.IntegrationTests.Config;

/// <summary>The config API as a client sees it: reads, comment-preserving writes, errors, requirements, warnings.</summary>
public sealed class ConfigApiTests
{
    private const string UserConfig =
        "# top comment\n" +
        "model = \"gpt-5.5\"  # inline\n" +
        "model_provider = \"mock\"\n" +
        "\n" +
        "[model_providers.mock]\n" +
        "name = \"Mock\"\n" +
        "base_url = \"http://127.0.0.1:9/v1\"\n" +
        "\n" +
        "# before tui\n" +
        "[tui]\n" +
        "animations = false\n";

    private static TestServerOptions WithFiles(string? userConfig = null, string? requirements = null, IReadOnlyList<string>? args = null)
    {
        var options = new TestServerOptions { ExtraArgs = args ?? [] };
        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(options.SystemConfigDir);
        if (userConfig is not null)
        {
            File.WriteAllText(Path.Combine(options.CodexHome, "config.toml"), userConfig);
        }

        if (requirements is not null)
        {
            File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"), requirements);
        }

        return options;
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Read_reports_values_origins_and_layers(string transport)
    {
        var options = WithFiles(UserConfig, args: ["-c", "model_verbosity=\"high\""]);
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;

        var userFile = Path.Combine(server.CodexHome, "config.toml");
        var read = await client.CallAsync("config/read", new JsonObject());
        read["config"]!["model"]!.GetValue<string>().Should().Be("gpt-5.5");
        read["config"]!["approval_policy"].Should().BeNull();
        read["config"]!.AsObject().ContainsKey("approval_policy").Should().BeTrue("unset keys are present as null");
        read["config"]!["model_providers"]!["mock"]!["wire_api"]!.GetValue<string>().Should().Be("responses");
        read["config"]!["model_verbosity"]!.GetValue<string>().Should().Be("high");
        read["origins"]!["model"]!["name"]!["type"]!.GetValue<string>().Should().Be("user");
        read["origins"]!["model"]!["name"]!["file"]!.GetValue<string>().Should().Be(userFile);
        read["origins"]!["model_verbosity"]!["name"]!["type"]!.GetValue<string>().Should().Be("sessionFlags");
        read["layers"].Should().BeNull();

        var withLayers = await client.CallAsync("config/read", new JsonObject { ["includeLayers"] = true });
        var layers = withLayers["layers"]!.AsArray();
        layers.Select(l => l!["name"]!["type"]!.GetValue<string>()).Should().Equal("sessionFlags", "user", "system");
        layers[2]!["name"]!["file"]!.GetValue<string>().Should().Be(Path.Combine(options.SystemConfigDir, "config.toml"));
        layers[2]!["version"]!.GetValue<string>().Should().Be("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
        layers[1]!["config"]!["tui"]!.ToJsonString().Should().Be("{\"animations\":false}");
        withLayers["origins"]!["model"]!["version"]!.GetValue<string>().Should().Be(layers[1]!["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Writes_preserve_the_file_and_report_errors_like_the_reference(string transport)
    {
        await using var session = await ServerSession.StartAsync(transport, WithFiles(UserConfig));
        var (server, client) = session;
        var userFile = Path.Combine(server.CodexHome, "config.toml");

        var write = await client.CallAsync("config/value/write", new JsonObject { ["keyPath"] = "approval_policy", ["value"] = "on-request", ["mergeStrategy"] = "replace" });
        write["status"]!.GetValue<string>().Should().Be("ok");
        write["filePath"]!.GetValue<string>().Should().Be(userFile);
        write["overriddenMetadata"].Should().BeNull();
        var version = write["version"]!.GetValue<string>();
        File.ReadAllText(userFile).Should().Be(UserConfig.Replace("model_provider = \"mock\"\n", "model_provider = \"mock\"\napproval_policy = \"on-request\"\n"));

        var batch = await client.CallAsync("config/batchWrite", new JsonObject
        {
            ["edits"] = new JsonArray(
                new JsonObject { ["keyPath"] = "tui.animations", ["value"] = true, ["mergeStrategy"] = "replace" },
                new JsonObject { ["keyPath"] = "model_providers.mock.base_url", ["value"] = null, ["mergeStrategy"] = "replace" }),
            ["expectedVersion"] = version,
        });
        batch["status"]!.GetValue<string>().Should().Be("ok");
        File.ReadAllText(userFile).Should().Be(UserConfig
            .Replace("model_provider = \"mock\"\n", "model_provider = \"mock\"\napproval_policy = \"on-request\"\n")
            .Replace("base_url = \"http://127.0.0.1:9/v1\"\n", "")
            .Replace("animations = false", "animations = true"));

        var before = File.ReadAllText(userFile);
        var conflict = await client.RequestAsync("config/batchWrite", new JsonObject
        {
            ["edits"] = new JsonArray(new JsonObject { ["keyPath"] = "model", ["value"] = "x", ["mergeStrategy"] = "replace" }),
            ["expectedVersion"] = version,
        });
        conflict["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        conflict["error"]!["message"]!.GetValue<string>().Should().Be("Configuration was modified since last read. Fetch latest version and retry.");
        conflict["error"]!["data"]!["config_write_error_code"]!.GetValue<string>().Should().Be("configVersionConflict");

        var invalid = await client.RequestAsync("config/value/write", new JsonObject { ["keyPath"] = "approval_policy", ["value"] = "bogus", ["mergeStrategy"] = "replace" });
        invalid["error"]!["message"]!.GetValue<string>().Should().Be(
            "Invalid configuration: unknown variant `bogus`, expected one of `untrusted`, `on-failure`, `on-request`, `granular`, `never`\nin `approval_policy`\n");
        invalid["error"]!["data"]!["config_write_error_code"]!.GetValue<string>().Should().Be("configValidationError");

        var empty = await client.RequestAsync("config/value/write", new JsonObject { ["keyPath"] = "", ["value"] = 1, ["mergeStrategy"] = "replace" });
        empty["error"]!["message"]!.GetValue<string>().Should().Be("keyPath must not be empty");

        var readonlyTarget = await client.RequestAsync("config/value/write", new JsonObject
        {
            ["keyPath"] = "model", ["value"] = "x", ["mergeStrategy"] = "replace", ["filePath"] = "/etc/codex/config.toml",
        });
        readonlyTarget["error"]!["message"]!.GetValue<string>().Should().Be("Only writes to the user config are allowed");
        readonlyTarget["error"]!["data"]!["config_write_error_code"]!.GetValue<string>().Should().Be("configLayerReadonly");

        File.ReadAllText(userFile).Should().Be(before, "refused writes change nothing");
        var read = await client.CallAsync("config/read", new JsonObject());
        read["config"]!["tui"]!["animations"]!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Requirements_are_read_from_the_system_folder(string transport)
    {
        var requirements = "allowed_approval_policies = [\"untrusted\", \"on-request\"]\nallowed_sandbox_modes = [\"read-only\"]\nallowed_web_search_modes = [\"cached\"]\n";
        await using var session = await ServerSession.StartAsync(transport, WithFiles("approval_policy = \"never\"\n", requirements));
        var (server, client) = session;

        var warning = await client.WaitForNotificationAsync("configWarning");
        warning["params"]!["summary"]!.GetValue<string>().Should().StartWith("Configured value for `approval_policy` is disallowed by requirements; falling back to required value UnlessTrusted.");

        var result = await client.RequestAsync("configRequirements/read", omitParams: true);
        var req = result["result"]!["requirements"]!;
        req["allowedApprovalPolicies"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("untrusted", "on-request");
        req["allowedSandboxModes"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("read-only");
        req["allowedWebSearchModes"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("cached", "disabled");
        result["result"]!["supportsIndependentSpeedModes"]!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData("allowed_sandbox_modes = [\"workspace-write\"]\n", "must include 'read-only' to allow any PermissionProfile")]
    [InlineData("allowed_approval_policies = [\"bogus\"]\n", "unknown variant `bogus`, expected one of `untrusted`, `on-failure`, `on-request`, `granular`, `never`")]
    [InlineData("allowed_approval_policies = [\"untrusted\"\n", "failed to parse requirements layer")]
    public async Task Unusable_requirements_stop_the_server_instead_of_being_ignored(string requirements, string expected)
    {
        var options = WithFiles(requirements: requirements);
        var server = TestServer.StartWebSocketServer(options);
        await using var _ = server;
        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        exitCode.Should().Be(1);
        server.Stderr.Should().Contain("Error: failed to parse requirements layer").And.Contain(expected);
    }

    [Fact]
    public async Task No_requirements_gives_null()
    {
        await using var session = await ServerSession.StartAsync("stdio", WithFiles());
        var (server, client) = session;
        var result = await client.RequestAsync("configRequirements/read", omitParams: true);
        result["result"]!.AsObject().ContainsKey("requirements").Should().BeTrue();
        result["result"]!["requirements"].Should().BeNull();
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task A_broken_config_is_reported_and_the_server_keeps_working(string transport)
    {
        const string broken = "model = \"a\"\n[tui\nanimations = true\n";
        var options = WithFiles(broken);
        await using var session = await ServerSession.StartAsync(transport, options);
        var (server, client) = session;
        var userFile = Path.Combine(server.CodexHome, "config.toml");

        var warning = (await client.WaitForNotificationAsync("configWarning"))["params"]!;
        warning["path"]!.GetValue<string>().Should().Be(userFile);
        warning["range"]!["start"]!["line"]!.GetValue<int>().Should().Be(2);
        warning["details"]!.GetValue<string>().Should().StartWith(userFile + ":2:");

        var read = await client.CallAsync("config/read", new JsonObject { ["includeLayers"] = true });
        read["config"]!["model"].Should().BeNull();
        read["layers"]!.AsArray().Single(l => l!["name"]!["type"]!.GetValue<string>() == "user")!["disabledReason"]!.GetValue<string>()
            .Should().StartWith(userFile + ":2:");

        var write = await client.RequestAsync("config/value/write", new JsonObject { ["keyPath"] = "model", ["value"] = "b", ["mergeStrategy"] = "replace" });
        write["error"]!["data"]!["config_write_error_code"]!.GetValue<string>().Should().Be("configValidationError");
        File.ReadAllText(userFile).Should().Be(broken, "a broken file is never rewritten");
    }

    [Fact]
    public async Task Profile_option_layers_the_profile_file()
    {
        var options = WithFiles("model = \"base\"\n", args: ["-p", "fast"]);
        File.WriteAllText(Path.Combine(options.CodexHome, "fast.config.toml"), "model = \"fast-model\"\n");
        await using var session = await ServerSession.StartAsync("stdio", options);
        var (server, client) = session;

        var read = await client.CallAsync("config/read", new JsonObject { ["includeLayers"] = true });
        read["config"]!["model"]!.GetValue<string>().Should().Be("fast-model");
        read["layers"]!.AsArray().Should().Contain(l => l!["name"]!["profile"] != null && l["name"]!["profile"]!.GetValue<string>() == "fast");
    }
}
