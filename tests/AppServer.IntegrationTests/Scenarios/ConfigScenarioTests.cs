using System.Text.Json.Nodes;
using AppServer.Testing.FakeModel;
using Tomlyn.Model;

namespace AppServer.IntegrationTests.Scenarios;

/// <summary>
/// Conformance scenario i_config, as our own test: config/read (values, origins, layers), value/write and batchWrite
/// (validation, version conflicts, atomic batches), the file kept valid with its comments, and requirements from
/// the system folder clamping thread/start.
/// </summary>
public sealed class ConfigScenarioTests
{
    private const string Requirements = """
        allowed_approval_policies = ["untrusted", "on-request"]
        allowed_sandbox_modes = ["read-only", "workspace-write"]
        allowed_web_search_modes = ["cached"]

        """;

    [Theory]
    [InlineData("stdio")]
    [InlineData("ws")]
    public async Task Read_write_batch_and_requirements(string transport)
    {
        await using var fake = await FakeResponsesServer.StartAsync();
        // The first server keeps its folders: the second one reuses them with a requirements.toml added.
        var options = new TestServerOptions { DeleteOnDispose = false };
        using var cleanup = new FolderCleanup(options.Root);
        Directory.CreateDirectory(options.CodexHome);
        Directory.CreateDirectory(options.SystemConfigDir);
        var configPath = Path.Combine(options.CodexHome, "config.toml");
        var userConfig = "# harness: top-of-file comment\n"
            + fake.ConfigToml().Replace("model_provider = \"mock\"", "model_provider = \"mock\"\nmodel_reasoning_effort = \"low\"  # inline comment", StringComparison.Ordinal)
            + "\n# harness: comment before tui\n[tui]\n# harness: comment inside tui\nanimations = false\n";
        File.WriteAllText(configPath, userConfig);

        var (server, client) = await TestServer.StartAsync(transport, options);
        await using (server)
        await using (client)
        {
            await client.InitializeAsync();
            var s = new ScenarioSession(client, server, fake);

            var read = await s.CallAsync("config/read", new JsonObject());
            var config = read["config"]!;
            ((string)config["model"]!).Should().Be("gpt-5.5");
            ((string)config["model_provider"]!).Should().Be("mock");
            ((string)config["model_reasoning_effort"]!).Should().Be("low");
            config["approval_policy"].Should().BeNull();
            var origin = read["origins"]!["model"]!;
            ((string)origin["name"]!["type"]!).Should().Be("user");
            ((string)origin["name"]!["file"]!).Should().Be(configPath);
            ((string)origin["version"]!).Should().StartWith("sha256:");
            read["layers"].Should().BeNull("layers only with includeLayers");
            var layers = (await s.CallAsync("config/read", new JsonObject { ["includeLayers"] = true }))["layers"]!.AsArray();
            ((string)layers[0]!["name"]!["type"]!).Should().Be("user");
            layers[0]!["config"]!["tui"]!.ToJsonString().Should().Be("{\"animations\":false}");
            var version0 = (string)layers[0]!["version"]!;

            var written = await s.CallAsync("config/value/write", Edit("approval_policy", "on-request"));
            ((string)written["status"]!).Should().Be("ok");
            ((string)written["filePath"]!).Should().Be(configPath);
            ((string)written["version"]!).Should().StartWith("sha256:").And.NotBe(version0);
            var before = File.ReadAllText(configPath);
            var invalid = await s.ExpectErrorAsync("config/value/write", Edit("approval_policy", "bogus"), -32600);
            ((string)invalid["error"]!["data"]!["config_write_error_code"]!).Should().Be("configValidationError");
            await s.ExpectErrorAsync("config/value/write", Edit("model", 5), -32600);
            await s.ExpectErrorAsync("config/value/write", Edit("approval_policy", "untrusted"), -32600, "untrusted");
            File.ReadAllText(configPath).Should().Be(before, "failed writes leave the file unchanged");

            var batch = await s.CallAsync("config/batchWrite", new JsonObject
            {
                ["edits"] = new JsonArray(
                    Edit("sandbox_mode", "workspace-write"),
                    Edit("sandbox_workspace_write", new JsonObject { ["network_access"] = true }, "upsert"),
                    Edit("model_reasoning_effort", "high"),
                    Edit("tui.animations", true)),
            });
            ((string)batch["status"]!).Should().Be("ok");
            var conflict = await s.ExpectErrorAsync("config/batchWrite", new JsonObject { ["edits"] = new JsonArray(Edit("model", "other")), ["expectedVersion"] = "sha256:0000" }, -32600);
            ((string)conflict["error"]!["data"]!["config_write_error_code"]!).Should().Be("configVersionConflict");
            await s.CallAsync("config/batchWrite", new JsonObject { ["edits"] = new JsonArray(Edit("model_verbosity", "low")), ["expectedVersion"] = (string)batch["version"]! });
            await s.ExpectErrorAsync("config/batchWrite", new JsonObject { ["edits"] = new JsonArray(Edit("model_verbosity", "high"), Edit("approval_policy", "bogus")) }, -32600);

            config = (await s.CallAsync("config/read", new JsonObject()))["config"]!;
            ((string)config["approval_policy"]!).Should().Be("on-request");
            ((string)config["sandbox_mode"]!).Should().Be("workspace-write");
            ((string)config["model_reasoning_effort"]!).Should().Be("high");
            ((string)config["model_verbosity"]!).Should().Be("low", "a batch with an invalid edit applies nothing");
            ((bool)config["sandbox_workspace_write"]!["network_access"]!).Should().BeTrue();
            ((bool)config["tui"]!["animations"]!).Should().BeTrue();

            var text = File.ReadAllText(configPath);
            var file = Tomlyn.TomlSerializer.Deserialize<TomlTable>(text)!; // throws unless the file is valid TOML
            ((string)file["approval_policy"]).Should().Be("on-request");
            ((string)file["sandbox_mode"]).Should().Be("workspace-write");
            ((string)file["model_reasoning_effort"]).Should().Be("high");
            ((TomlTable)file["sandbox_workspace_write"]).Select(p => (p.Key, p.Value)).Should().Equal(("network_access", (object)true));
            ((TomlTable)file["tui"]).Select(p => (p.Key, p.Value)).Should().Equal(("animations", (object)true));
            ((string)((TomlTable)((TomlTable)file["model_providers"])["mock"])["base_url"]).Should().Be(fake.BaseUrl, "untouched keys are kept");
            text.Should().Contain("# harness: top-of-file comment").And.Contain("# inline comment")
                .And.Contain("# harness: comment before tui").And.Contain("# harness: comment inside tui");

            (await s.RequestAsync("configRequirements/read", omitParams: true))["result"]!["requirements"].Should().BeNull("no requirements.toml");
            await s.AssertSchemaValidAsync();
        }

        // With requirements.toml in the system folder (the reference's /etc/codex).
        File.WriteAllText(Path.Combine(options.SystemConfigDir, "requirements.toml"), Requirements);
        var (server2, client2) = await TestServer.StartAsync(transport, new TestServerOptions
        {
            CodexHomeOverride = options.CodexHome,
            WorkDir = options.WorkDir,
            HomeDir = options.HomeDir,
            SystemConfigDir = options.SystemConfigDir,
        });
        await using (server2)
        await using (client2)
        {
            await client2.InitializeAsync();
            var s2 = new ScenarioSession(client2, server2, fake);
            var requirements = (await s2.RequestAsync("configRequirements/read", omitParams: true))["result"]!["requirements"]!;
            requirements["allowedApprovalPolicies"]!.AsArray().Select(v => (string?)v).Should().Equal("untrusted", "on-request");
            requirements["allowedSandboxModes"]!.AsArray().Select(v => (string?)v).Should().Equal("read-only", "workspace-write");
            requirements["allowedWebSearchModes"]!.AsArray().Select(v => (string?)v).Should().Contain("cached");
            var clamped = await s2.CallAsync("thread/start", new JsonObject { ["cwd"] = server2.WorkDir, ["approvalPolicy"] = "never", ["sandbox"] = "danger-full-access" });
            ((string)clamped["approvalPolicy"]!).Should().BeOneOf("untrusted", "on-request");
            ((string)clamped["sandbox"]!["type"]!).Should().BeOneOf("readOnly", "workspaceWrite");
            await s2.AssertSchemaValidAsync();
        }
    }

    private static JsonObject Edit(string keyPath, JsonNode? value, string mergeStrategy = "replace")
        => new() { ["keyPath"] = keyPath, ["value"] = value, ["mergeStrategy"] = mergeStrategy };

    private sealed class FolderCleanup(string path) : IDisposable
    {
        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}
