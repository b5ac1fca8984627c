using AppServer.Config;
using AppServer.Core.Hooks;

namespace AppServer.Tests.Hooks;

public sealed class HookCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hooks-tests-" + Guid.NewGuid().ToString("N"));

    public HookCatalogTests()
    {
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(SystemDir);
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        Directory.CreateDirectory(Path.Combine(Project, ".codex"));
    }

    private string Home => Path.Combine(_root, "codex-home");

    private string SystemDir => Path.Combine(_root, "etc");

    private string Project => Path.Combine(_root, "proj");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private HookCatalog Catalog() => new(new ConfigService(new ConfigPaths(SystemDir, Home), defaultCwd: Project));

    private const string UserHooks = """
        [[hooks.PreToolUse]]
        matcher = "Bash"

        [[hooks.PreToolUse.hooks]]
        type = "command"
        command = "echo pre"
        timeout = 30
        statusMessage = "checking"

        [[hooks.Stop]]
        [[hooks.Stop.hooks]]
        type = "command"
        command = "echo stop"

        """;

    [Fact]
    public void Lists_inline_hooks_with_keys_defaults_and_order()
    {
        File.WriteAllText(Path.Combine(Home, "config.toml"), UserHooks);
        var file = Path.Combine(Home, "config.toml");

        var listing = Catalog().List(Project);

        listing.Errors.Should().BeEmpty();
        listing.Hooks.Should().HaveCount(2);
        var pre = listing.Hooks[0];
        pre.Key.Should().Be($"{file}:pre_tool_use:0:0");
        pre.EventName.Should().Be("preToolUse");
        pre.Command.Should().Be("echo pre");
        pre.Matcher.Should().Be("Bash");
        pre.TimeoutSec.Should().Be(30);
        pre.StatusMessage.Should().Be("checking");
        pre.Origin.Should().Be(HookOrigin.User);
        pre.IsManaged.Should().BeFalse();
        pre.CurrentHash.Should().MatchRegex("^sha256:[0-9a-f]{64}$");
        var stop = listing.Hooks[1];
        stop.Key.Should().Be($"{file}:stop:0:0");
        stop.TimeoutSec.Should().Be(HookCatalog.DefaultTimeoutSec);
        stop.Matcher.Should().BeNull();
        stop.DisplayOrder.Should().Be(1);
    }

    [Fact]
    public void Project_hooks_load_only_when_the_project_is_trusted()
    {
        File.WriteAllText(Path.Combine(Project, ".codex", "config.toml"), "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"echo project\"\n");
        File.WriteAllText(Path.Combine(Home, "config.toml"), "");

        Catalog().List(Project).Hooks.Should().BeEmpty("an untrusted project's hooks do not load");

        File.WriteAllText(Path.Combine(Home, "config.toml"), $"[projects.\"{Project}\"]\ntrust_level = \"trusted\"\n");
        var hook = Catalog().List(Project).Hooks.Should().ContainSingle().Subject;
        hook.Origin.Should().Be(HookOrigin.Project);
        hook.Command.Should().Be("echo project");
    }

    [Fact]
    public void System_hooks_are_managed_and_hooks_json_is_read_too()
    {
        File.WriteAllText(Path.Combine(SystemDir, "config.toml"), "[[hooks.SessionStart]]\n[[hooks.SessionStart.hooks]]\ntype = \"command\"\ncommand = \"echo admin\"\n");
        File.WriteAllText(Path.Combine(Home, "hooks.json"), """{"hooks":{"UserPromptSubmit":[{"hooks":[{"type":"command","command":"echo json","async":true}]}]}}""");

        var hooks = Catalog().List(Project).Hooks;

        hooks.Select(h => (h.EventName, h.Command, h.IsManaged, h.Async)).Should().Equal(
            ("sessionStart", "echo admin", true, false),
            ("userPromptSubmit", "echo json", false, true));
    }

    [Fact]
    public void A_malformed_inline_hook_fails_the_listing_with_one_error_against_the_cwd()
    {
        // codex 0.169.0 answers a hook without `type` in config.toml with no hooks and
        // errors: [{ path: <cwd>, message: "<config.toml>:1:3: missing field `type`" }].
        File.WriteAllText(Path.Combine(Home, "config.toml"), UserHooks + "[[hooks.PostToolUse]]\n[[hooks.PostToolUse.hooks]]\ncommand = \"x\"\n");

        var listing = Catalog().List(Project);

        listing.Hooks.Should().BeEmpty();
        var error = listing.Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be(Project);
        error.Message.Should().Be($"{Path.Combine(Home, "config.toml")}: missing field `type`");
    }

    [Fact]
    public void Skipped_handlers_and_bad_hooks_json_become_the_reference_warnings()
    {
        var file = Path.Combine(Home, "config.toml");
        var json = Path.Combine(Home, "hooks.json");
        File.WriteAllText(json, """{"hooks":{"Stop":[{"hooks":[{"type":"command"}]}]}}""");
        File.WriteAllText(file, """
            [[hooks.PostToolUse]]
            matcher = "["
            [[hooks.PostToolUse.hooks]]
            type = "command"
            command = "bad matcher"

            [[hooks.PreToolUse]]
            [[hooks.PreToolUse.hooks]]
            type = "agent"
            [[hooks.PreToolUse.hooks]]
            type = "command"
            command = "   "
            [[hooks.PreToolUse.hooks]]
            type = "command"
            command = "kept"

            [[hooks.Stop]]
            matcher = "["
            [[hooks.Stop.hooks]]
            type = "prompt"
            [[hooks.Stop.hooks]]
            type = "command"
            command = "stop"
            additionalContextLimit = 3
            """);

        var listing = Catalog().List(Project);

        listing.Errors.Should().BeEmpty();
        listing.Hooks.Select(h => (h.Key, h.Matcher, h.AdditionalContextLimit)).Should().Equal(
            ($"{file}:pre_tool_use:0:2", (string?)null, (ulong?)null),
            ($"{file}:stop:0:1", null, null));
        listing.Warnings.Should().HaveCount(6);
        listing.Warnings[0].Should().StartWith($"failed to parse hooks config {json}: ").And.Contain("missing field `command`");
        listing.Warnings.Skip(1).Should().StartWith(
        [
            $"skipping agent hook in {file}: agent hooks are not supported yet",
            $"skipping empty hook command in {file}",
        ]);
        listing.Warnings[3].Should().StartWith($"invalid matcher \"[\" in {file}: ");
        listing.Warnings.Skip(4).Should().Equal(
            $"skipping prompt hook in {file}: prompt hooks are not supported yet",
            $"ignoring additionalContextLimit for Stop hook in {file}: this event cannot emit additionalContext");
    }

    [Fact]
    public void Every_event_hashes_like_the_reference_and_drops_matchers_and_limits_it_does_not_use()
    {
        // One hook per event with matcher "M", additionalContextLimit 1 and timeout 0 (raised to 1). The hashes,
        // kept matchers and kept limits were observed from codex 0.169.0 for this exact file.
        string[] events = ["PreModelRequest", "PostModelRequest", "PreToolUse", "PermissionRequest", "PostToolUse", "PreCompact", "PostCompact", "SessionStart", "SessionEnd", "UserPromptSubmit", "SubagentStart", "SubagentStop", "Stop", "Interrupt"];
        File.WriteAllText(Path.Combine(Home, "config.toml"), string.Join("\n", events.Select(e =>
            $"[[hooks.{e}]]\nmatcher = \"M\"\n[[hooks.{e}.hooks]]\ntype = \"command\"\ncommand = \"echo {e}\"\nadditionalContextLimit = 1\ntimeout = 0\n")));
        var expected = new (string Event, string Hash, string? Matcher, ulong? Limit)[]
        {
            ("preModelRequest", "sha256:d2f04f3adfc6e72a6efc734e06eed3f97cfec7e961c5fc799b6b802de50044c1", null, null),
            ("postModelRequest", "sha256:936ff9f9963827a43ac59eb7e1faf5452fa2e7657cb4a6704faad0c04129f089", null, null),
            ("preToolUse", "sha256:7e497c1f3d93ef67ccab83f50071b7fe58121ee13eda60ba0e1de13455e2bb87", "M", 1),
            ("permissionRequest", "sha256:ab89441e2e6b35857ffc7dc626f40fdaded43bfac262d58c7193a5a445e31f3a", "M", null),
            ("postToolUse", "sha256:9d63de9ea463ff9f659476a85c7a48906e8a35641e3cefa67a2a278736a5872e", "M", 1),
            ("preCompact", "sha256:c3b835312f39cad0bdaddc745a80104077967b16308b0b6e801ff6ffc23497fe", "M", null),
            ("postCompact", "sha256:41bb75eab5e9e048ba6b649c0cf8eec6607d77fb08867cfa13af45bfdcdcccd7", "M", null),
            ("sessionStart", "sha256:f8743d4ef859ccc5822293c1a558c2d70335fc63064325413f10bfedebfee700", "M", 1),
            ("sessionEnd", "sha256:d8d4f5f77bb30bdf91f7ca40c1fc98e427d033f686eb8359f25642533e83bab3", "M", null),
            ("userPromptSubmit", "sha256:0429a51f954276f72da959e6de52af6a123a020c3ee2c8ce693d7781b83631b0", null, 1),
            ("subagentStart", "sha256:d38d95991603b3af584f11e47150801037f607646d05736b58de6ef26af48867", "M", 1),
            ("subagentStop", "sha256:3fe3fa5fb6fa307350b9945b288c05cbd9a489b8fe58f1bd73370408673b6b25", "M", null),
            ("stop", "sha256:36d6336c39728a85673a902b16e6c3789aba1526492bd7e9559866923aa11683", null, null),
            ("interrupt", "sha256:e267be66a406f8e0d639a8e26c32750c665ae169716d5eec2f84ad49e3659d58", null, null),
        };

        var listing = Catalog().List(Project);

        listing.Hooks.Select(h => (h.EventName, h.CurrentHash, h.Matcher, h.AdditionalContextLimit)).Should().Equal(expected);
        listing.Hooks.Should().OnlyContain(h => h.TimeoutSec == 1);
        listing.Warnings.Should().HaveCount(9, "nine events cannot emit additionalContext");
    }

    [Fact]
    public void Trust_comes_from_the_user_hooks_state_and_a_project_cannot_trust_itself()
    {
        var file = Path.Combine(Home, "config.toml");
        var projectFile = Path.Combine(Project, ".codex", "config.toml");
        const string Trusted = "sha256:639398ee87fccc89c538856ac6d7928aa894cfe1ade611c2824558583d5d64e5";
        File.WriteAllText(projectFile, $"""
            [[hooks.PreToolUse]]
            [[hooks.PreToolUse.hooks]]
            type = "command"
            command = "echo project"

            [hooks.state."{projectFile}:pre_tool_use:0:0"]
            enabled = false
            trusted_hash = "anything"
            """);
        File.WriteAllText(file, $"""
            [[hooks.SessionStart]]
            matcher = "startup"
            [[hooks.SessionStart.hooks]]
            type = "command"
            command = "echo trusted"
            [[hooks.SessionStart.hooks]]
            type = "command"
            command = "echo modified"
            [[hooks.SessionStart.hooks]]
            type = "command"
            command = "echo disabled"

            [hooks.state."{file}:session_start:0:0"]
            trusted_hash = "{Trusted}"
            [hooks.state."{file}:session_start:0:1"]
            trusted_hash = "sha256:0000"
            [hooks.state."{file}:session_start:0:2"]
            enabled = false
            [hooks.state."malformed"]
            enabled = "yes"

            [projects."{Project}"]
            trust_level = "trusted"
            """);

        var hooks = Catalog().List(Project).Hooks;

        hooks.Select(h => (h.Command, h.Enabled, h.Trust, h.Origin)).Should().Equal(
            ("echo trusted", true, HookTrust.Trusted, HookOrigin.User),
            ("echo modified", true, HookTrust.Modified, HookOrigin.User),
            ("echo disabled", false, HookTrust.Untrusted, HookOrigin.User),
            ("echo project", true, HookTrust.Untrusted, HookOrigin.Project));
        hooks[0].CurrentHash.Should().Be(Trusted, "observed from codex 0.169.0 for this hook");
    }

    [Fact]
    public void Hooks_json_comes_before_the_inline_table_of_the_same_layer_with_a_warning()
    {
        var file = Path.Combine(Home, "config.toml");
        var json = Path.Combine(Home, "hooks.json");
        File.WriteAllText(json, """{"hooks":{"PreCompact":[{"hooks":[{"type":"command","command":"echo json"}]}]}}""");
        File.WriteAllText(file, "[[hooks.PreToolUse]]\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo toml\"\n");

        var listing = Catalog().List(Project);

        listing.Hooks.Select(h => h.Key).Should().Equal($"{json}:pre_compact:0:0", $"{file}:pre_tool_use:0:0");
        listing.Warnings.Should().Equal($"loading hooks from both {json} and {file}; prefer a single representation for this layer");
    }

    [Fact]
    public void Requirements_hooks_come_first_and_managed_only_drops_the_other_layers()
    {
        File.WriteAllText(Path.Combine(SystemDir, "config.toml"), "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ntype = \"command\"\ncommand = \"echo system\"\n");
        const string Required = "[hooks]\nmanaged_dir = \"/opt/hooks\"\n[[hooks.PreToolUse]]\nmatcher = \"Bash\"\n[[hooks.PreToolUse.hooks]]\ntype = \"command\"\ncommand = \"echo required\"\n";
        File.WriteAllText(Path.Combine(SystemDir, "requirements.toml"), Required);
        File.WriteAllText(Path.Combine(Home, "config.toml"), UserHooks);

        var hooks = Catalog().List(Project).Hooks;

        // Keys, order and hashes as codex 0.169.0 listed them with the same files in /etc/codex.
        hooks.Select(h => (h.Key, h.Trust)).Should().Equal(
            ("/opt/hooks:pre_tool_use:0:0", HookTrust.Managed),
            ($"{Path.Combine(SystemDir, "config.toml")}:stop:0:0", HookTrust.Managed),
            ($"{Path.Combine(Home, "config.toml")}:pre_tool_use:0:0", HookTrust.Untrusted),
            ($"{Path.Combine(Home, "config.toml")}:stop:0:0", HookTrust.Untrusted));
        hooks[0].CurrentHash.Should().Be("sha256:10434d9fae583199737f4a82be3b0d63aae5db594feef6f32ed5725a831866ac");
        hooks[1].CurrentHash.Should().Be("sha256:e0c3990bf56fc4bb9e6c4c1e22cf0e96bf66b9ce76dcb49d2ec7b887a285bec9");
        hooks.Should().OnlyContain(h => h.Enabled);

        File.WriteAllText(Path.Combine(SystemDir, "requirements.toml"), "allow_managed_hooks_only = true\n" + Required.Replace("managed_dir = \"/opt/hooks\"\n", "", StringComparison.Ordinal));
        Catalog().List(Project).Hooks.Select(h => h.Key).Should().Equal(
            $"{Path.Combine(SystemDir, "requirements.toml")}:pre_tool_use:0:0",
            $"{Path.Combine(SystemDir, "config.toml")}:stop:0:0");
    }

    [Fact]
    public void Disabling_the_hooks_feature_lists_none()
    {
        File.WriteAllText(Path.Combine(Home, "config.toml"), "[features]\nhooks = false\n\n" + UserHooks);

        Catalog().List(Project).Hooks.Should().BeEmpty();
    }
}
