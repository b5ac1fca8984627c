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
        File.WriteAllText(Path.Combine(Project, ".codex", "config.toml"), "[[hooks.Stop]]\n[[hooks.Stop.hooks]]\ncommand = \"echo project\"\n");
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
        File.WriteAllText(Path.Combine(SystemDir, "config.toml"), "[[hooks.SessionStart]]\n[[hooks.SessionStart.hooks]]\ncommand = \"echo admin\"\n");
        File.WriteAllText(Path.Combine(Home, "hooks.json"), """{"hooks":{"UserPromptSubmit":[{"hooks":[{"type":"command","command":"echo json","async":true}]}]}}""");

        var hooks = Catalog().List(Project).Hooks;

        hooks.Select(h => (h.EventName, h.Command, h.IsManaged, h.Async)).Should().Equal(
            ("sessionStart", "echo admin", true, false),
            ("userPromptSubmit", "echo json", false, true));
    }

    [Fact]
    public void Bad_handlers_become_errors_and_the_rest_still_list()
    {
        File.WriteAllText(Path.Combine(Home, "config.toml"), UserHooks + "[[hooks.PostToolUse]]\n[[hooks.PostToolUse.hooks]]\ntype = \"command\"\n");

        var listing = Catalog().List(Project);

        listing.Hooks.Should().HaveCount(2);
        listing.Errors.Should().ContainSingle().Which.Message.Should().Contain("missing field `command`");
    }

    [Fact]
    public void Disabling_the_hooks_feature_lists_none()
    {
        File.WriteAllText(Path.Combine(Home, "config.toml"), "[features]\nhooks = false\n\n" + UserHooks);

        Catalog().List(Project).Hooks.Should().BeEmpty();
    }
}
