using System.Text.Json.Nodes;
using AppServer.Config;
using AppServer.Config.Layers;
using AppServer.Config.Writing;

namespace AppServer.Tests.Config;

public sealed class ConfigServiceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "config-tests-" + Guid.NewGuid().ToString("N"));

    public ConfigServiceTests()
    {
        Directory.CreateDirectory(SystemDir);
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        Directory.CreateDirectory(Path.Combine(Sub, ".codex"));
        Directory.CreateDirectory(Path.Combine(Project, ".codex"));
    }

    private string SystemDir => Path.Combine(_root, "etc");

    private string Home => Path.Combine(_root, "home");

    private string Project => Path.Combine(_root, "proj");

    private string Sub => Path.Combine(Project, "a", "b");

    private string UserFile => Path.Combine(Home, "config.toml");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ConfigService Service(IReadOnlyList<string>? overrides = null, string? profile = null)
        => new(new ConfigPaths(SystemDir, Home), overrides, profile, Sub);

    private void Write(string path, string text) => File.WriteAllText(path, text);

    private void WriteLayers(bool trusted)
    {
        Write(Path.Combine(SystemDir, "config.toml"), "model = \"system\"\nmodel_verbosity = \"low\"\nhide_agent_reasoning = true\n");
        Write(UserFile, "model = \"user\"\nmodel_verbosity = \"medium\"\n" + (trusted ? $"[projects.\"{Project}\"]\ntrust_level = \"trusted\"\n" : ""));
        Write(Path.Combine(Project, ".codex", "config.toml"), "model = \"project-root\"\nmodel_reasoning_effort = \"low\"\n");
        Write(Path.Combine(Sub, ".codex", "config.toml"), "model = \"project-sub\"\n");
    }

    [Fact]
    public void Layers_apply_in_precedence_order_for_a_trusted_project()
    {
        WriteLayers(trusted: true);
        var snapshot = Service(["model_reasoning_effort=\"high\""]).Load();

        snapshot.Effective.Model.Should().Be("project-sub", "the nearest project folder wins over the root and the user");
        snapshot.Effective.ModelVerbosity.Should().Be("medium", "user beats system");
        snapshot.Effective.Raw["hide_agent_reasoning"]!.GetValue<bool>().Should().BeTrue("system values survive when nothing overrides them");
        snapshot.Effective.ModelReasoningEffort.Should().Be("high", "-c beats project layers");
        snapshot.Layers.Select(l => l.Source.Kind).Should().Equal(
            ConfigLayerKind.SessionFlags, ConfigLayerKind.Project, ConfigLayerKind.Project, ConfigLayerKind.User, ConfigLayerKind.System);
        snapshot.Layers[1].Source.DotCodexFolder.Should().Be(Path.Combine(Sub, ".codex"));
        snapshot.Origins["model"].Source.DotCodexFolder.Should().Be(Path.Combine(Sub, ".codex"));
        snapshot.Origins["model_verbosity"].Source.Kind.Should().Be(ConfigLayerKind.User);
        snapshot.Origins["model_reasoning_effort"].Source.Kind.Should().Be(ConfigLayerKind.SessionFlags);
    }

    [Fact]
    public void Untrusted_project_layers_are_listed_but_ignored()
    {
        WriteLayers(trusted: false);
        var snapshot = Service().Load();

        snapshot.Effective.Model.Should().Be("user");
        var project = snapshot.Layers.Where(l => l.Source.Kind == ConfigLayerKind.Project).ToList();
        project.Should().HaveCount(2);
        project.Should().OnlyContain(l => l.DisabledReason == $"To load project-local config, hooks, and exec policies, add {Project} as a trusted project in {UserFile}.");
        snapshot.Origins.Values.Should().NotContain(l => l.Source.Kind == ConfigLayerKind.Project);
        snapshot.Warnings.Should().Contain(w => w.Summary.StartsWith("Project-local config, hooks, and exec policies are disabled"));
    }

    [Fact]
    public void Thread_overrides_beat_cli_overrides()
    {
        WriteLayers(trusted: true);
        var snapshot = Service(["model=\"cli\""]).Load(sessionOverrides: new JsonObject { ["model"] = "thread", ["sandbox_workspace_write.network_access"] = true });
        snapshot.Effective.Model.Should().Be("thread");
        snapshot.Effective.SandboxWorkspaceWrite.NetworkAccess.Should().BeTrue("dotted keys in thread config are paths");
    }

    [Fact]
    public void Cli_override_values_are_toml_or_raw_strings()
    {
        var snapshot = Service(["a.b=baz", "n=5", "list=[\"x\", \"y\"]", "shell_environment_policy.inherit=core"]).Load();
        snapshot.Merged["a"]!["b"]!.GetValue<string>().Should().Be("baz");
        snapshot.Merged["n"]!.GetValue<long>().Should().Be(5);
        snapshot.Merged["list"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("x", "y");
        snapshot.Effective.ShellEnvironmentPolicy.Inherit.Should().Be("core");
    }

    [Fact]
    public void Profile_file_is_a_user_layer_above_the_user_config()
    {
        Write(UserFile, "model = \"user\"\nmodel_verbosity = \"low\"\n");
        Write(Path.Combine(Home, "fast.config.toml"), "model = \"fast-model\"\n");
        var snapshot = Service(profile: "fast").Load();
        snapshot.Effective.Model.Should().Be("fast-model");
        snapshot.Effective.ModelVerbosity.Should().Be("low");
        snapshot.Layers.Should().Contain(l => l.Source.Profile == "fast" && l.Source.Kind == ConfigLayerKind.User);
    }

    [Fact]
    public void Legacy_profile_table_applies_when_selected_with_the_flag()
    {
        Write(UserFile, "model = \"user\"\n[profiles.deep]\nmodel = \"deep-model\"\nmodel_reasoning_effort = \"high\"\n");
        var snapshot = Service(["model_reasoning_effort=\"low\""], profile: "deep").Load();
        snapshot.Effective.Model.Should().Be("deep-model");
        snapshot.Effective.ModelReasoningEffort.Should().Be("low", "-c beats the profile");
        snapshot.Effective.ActiveProfile.Should().Be("deep");
    }

    [Fact]
    public void A_profile_chosen_inside_config_toml_is_rejected_like_the_reference()
    {
        Write(UserFile, "profile = \"deep\"\nmodel = \"user\"\n[profiles.deep]\nmodel = \"deep-model\"\n");
        var snapshot = Service().Load();
        snapshot.Effective.Model.Should().NotBe("deep-model").And.NotBe("user", "the file is not used");
        snapshot.Warnings.Should().Contain(w => w.Details!.EndsWith(
            "legacy `profile = \"deep\"` config is no longer supported; use `--profile deep` with `deep.config.toml` instead") && w.Line == 1);
    }

    [Fact]
    public void Requirements_clamp_disallowed_values_with_a_warning()
    {
        Write(Path.Combine(SystemDir, "requirements.toml"),
            "allowed_approval_policies = [\"untrusted\", \"on-request\"]\nallowed_sandbox_modes = [\"read-only\"]\nallowed_web_search_modes = [\"cached\"]\n[features]\nmemories = true\n");
        Write(UserFile, "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\nweb_search = \"live\"\n");
        var service = Service();
        var snapshot = service.Load();

        snapshot.Effective.ApprovalPolicy.Should().Be("untrusted");
        snapshot.Effective.SandboxMode.Should().Be("read-only");
        snapshot.Effective.WebSearch.Should().Be("cached");
        snapshot.Effective.IsFeatureEnabled("memories").Should().BeTrue();
        snapshot.Warnings.Should().Contain(w => w.Summary.StartsWith("Configured value for `approval_policy` is disallowed by requirements; falling back to required value UnlessTrusted."));
        service.Requirements!.AllowedWebSearchModes.Should().Equal("cached", "disabled");
        service.Requirements.Clamp("approval_policy", "on-request").Warning.Should().BeNull();
    }

    [Fact]
    public void Requirements_disable_mcp_servers_outside_the_allow_list()
    {
        Write(Path.Combine(SystemDir, "requirements.toml"), "[mcp_servers.docs.identity]\ncommand = \"docs-server\"\n");
        Write(UserFile, "[mcp_servers.docs]\ncommand = \"docs-server\"\n[mcp_servers.other]\ncommand = \"x\"\n[mcp_servers.fake]\nurl = \"http://x\"\n");
        var servers = Service().Load().Effective.McpServers;
        servers["docs"].Enabled.Should().BeTrue();
        servers["other"].Enabled.Should().BeFalse();
        servers["other"].DisabledByRequirements.Should().BeTrue();
        servers["fake"].Enabled.Should().BeFalse();
    }

    [Fact]
    public void No_requirements_file_means_null()
    {
        Service().Requirements.Should().BeNull();
    }

    [Fact]
    public void A_broken_file_is_reported_with_location_and_the_last_good_version_is_used()
    {
        Write(UserFile, "model = \"good\"\n");
        var service = Service();
        service.Load().Effective.Model.Should().Be("good");

        Write(UserFile, "model = \"good\"\nmodel_verbosity = \n");
        var snapshot = service.Load();
        snapshot.Effective.Model.Should().Be("good");
        var warning = snapshot.Warnings.Should().ContainSingle(w => w.Path == UserFile).Which;
        warning.Line.Should().Be(2);
        warning.Column.Should().BeGreaterThan(1);
        warning.Details.Should().StartWith($"{UserFile}:2:");
    }

    [Fact]
    public void A_wrongly_typed_value_is_reported_at_its_line()
    {
        Write(UserFile, "model = \"a\"\n\n[tui]\nanimations = \"yes\"\n");
        var snapshot = Service().Load();
        var warning = snapshot.Warnings.Should().ContainSingle(w => w.Path == UserFile).Which;
        (warning.Line, warning.Column).Should().Be((4, 1));
        warning.Details.Should().Contain("invalid type: string \"yes\", expected a boolean");
        snapshot.UserLayer.DisabledReason.Should().NotBeNull("there is no earlier good version to fall back to");
        snapshot.Effective.Model.Should().BeNull();
    }

    [Fact]
    public async Task Writes_refuse_to_touch_a_broken_file()
    {
        const string broken = "# mine\nmodel = \n";
        Write(UserFile, broken);
        var act = () => Service().WriteAsync([new ConfigEdit("model", JsonValue.Create("x"), ConfigMergeStrategy.Replace)], null, null);
        (await act.Should().ThrowAsync<ConfigWriteException>()).Which.Code.Should().Be(ConfigWriteErrorCode.ConfigValidationError);
        File.ReadAllText(UserFile).Should().Be(broken);
    }

    [Fact]
    public async Task Version_conflicts_and_readonly_targets_are_refused()
    {
        Write(UserFile, "model = \"a\"\n");
        var service = Service();
        var version = service.Load().UserLayer.Version;

        var stale = () => service.WriteAsync([new ConfigEdit("model", JsonValue.Create("b"), ConfigMergeStrategy.Replace)], "sha256:0000", null);
        (await stale.Should().ThrowAsync<ConfigWriteException>()).Which.Message.Should().Be("Configuration was modified since last read. Fetch latest version and retry.");

        var other = () => service.WriteAsync([new ConfigEdit("model", JsonValue.Create("b"), ConfigMergeStrategy.Replace)], null, Path.Combine(SystemDir, "config.toml"));
        (await other.Should().ThrowAsync<ConfigWriteException>()).Which.Code.Should().Be(ConfigWriteErrorCode.ConfigLayerReadonly);

        var ok = await service.WriteAsync([new ConfigEdit("model", JsonValue.Create("b"), ConfigMergeStrategy.Replace)], version, UserFile);
        ok.Version.Should().NotBe(version).And.StartWith("sha256:");
        ok.Version.Should().Be(service.Load().UserLayer.Version);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Writes_are_atomic_and_keep_permissions()
    {
        Write(UserFile, "model = \"a\"\n");
        File.SetUnixFileMode(UserFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Service().WriteAsync([new ConfigEdit("model", JsonValue.Create("b"), ConfigMergeStrategy.Replace)], null, null);
        File.GetUnixFileMode(UserFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(Home).Should().Equal(UserFile);
    }

    [Fact]
    public async Task Concurrent_batch_writes_never_lose_an_edit()
    {
        Write(UserFile, "# keep me\nmodel = \"a\"\n");
        var service = Service();
        var writes = Enumerable.Range(0, 40).Select(i => Task.Run(() => service.WriteAsync(
            [new ConfigEdit($"custom.key{i}", JsonValue.Create(i), ConfigMergeStrategy.Replace)], null, null)));
        await Task.WhenAll(writes);

        var custom = service.Load().Merged["custom"]!.AsObject();
        custom.Should().HaveCount(40);
        File.ReadAllText(UserFile).Should().StartWith("# keep me\nmodel = \"a\"\n");
    }

    [Fact]
    public async Task A_write_under_a_session_flag_reports_okOverridden()
    {
        var service = Service(["model=\"from-flag\""]);
        var result = await service.WriteAsync([new ConfigEdit("model", JsonValue.Create("written"), ConfigMergeStrategy.Replace)], null, null);
        result.Overridden.Should().NotBeNull();
        result.Overridden!.Message.Should().Be("Overridden by session flags");
        result.Overridden.EffectiveValue!.GetValue<string>().Should().Be("from-flag");
    }

    [Fact]
    public void Custom_providers_cannot_replace_built_ins()
    {
        Write(UserFile, "model_provider = \"mock\"\n[model_providers.openai]\nbase_url = \"http://evil\"\n[model_providers.mock]\nname = \"Mock\"\nbase_url = \"http://127.0.0.1:9/v1\"\nstream_max_retries = 0\n");
        var effective = Service().Load().Effective;
        effective.ModelProviders["openai"].BaseUrl.Should().NotBe("http://evil");
        effective.ModelProvider.Id.Should().Be("mock");
        effective.ModelProvider.StreamMaxRetries.Should().Be(0);
        effective.ModelProvider.RequestMaxRetries.Should().Be(4);
        effective.ModelProviders.Keys.Should().Contain(["openai", "ollama", "lmstudio"]);
    }
}
