using AppServer.Config;
using AppServer.Core.Home;
using AppServer.Core.Plugins;

namespace AppServer.Tests.Plugins;

public sealed class PluginCatalogTests : IDisposable
{
    private readonly PluginTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (PluginCatalog Catalog, PluginInstaller Installer, MarketplaceManager Manager, PluginConfig Config) Create()
    {
        var codexHome = _folder.Path("codex-home");
        var config = new PluginConfig(new ConfigService(new ConfigPaths(_folder.Path("etc"), codexHome), defaultCwd: _folder.Root));
        var store = new PluginStore(Path.Combine(codexHome, "plugins", "cache"));
        var catalog = new PluginCatalog(config, store, new CodexHome(codexHome), _folder.Path("home"));
        return (catalog, new PluginInstaller(store, config, new GitCli()), new MarketplaceManager(catalog, config, new GitCli(), _folder.Path("home")), config);
    }

    private string Marketplace(string relative, string name, params string[] plugins)
    {
        var entries = string.Join(",", plugins.Select(p => $$"""{"name": "{{p}}", "source": "./{{p}}"}"""));
        foreach (var plugin in plugins)
        {
            _folder.Write($"{relative}/{plugin}/.codex-plugin/plugin.json", $$"""{"name": "{{plugin}}"}""");
            _folder.Write($"{relative}/{plugin}/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        }

        return _folder.Write($"{relative}/.agents/plugins/marketplace.json", $$"""{"name": "{{name}}", "plugins": [{{entries}}]}""");
    }

    [Fact]
    public async Task Discovers_home_cwd_repository_and_configured_marketplaces_and_reports_broken_ones()
    {
        var (catalog, _, manager, _) = Create();
        Marketplace("home", "home-mk", "h");
        Marketplace("repo", "repo-mk", "r");
        Directory.CreateDirectory(_folder.Path("repo", ".git"));
        Directory.CreateDirectory(_folder.Path("repo", "src", "deep"));
        Marketplace("added", "added-mk", "a");
        Marketplace("empty", "empty-mk");
        _folder.Write("broken/.agents/plugins/marketplace.json", "[");
        await manager.AddAsync(_folder.Path("added"), null, [], _folder.Root, CancellationToken.None);

        var listing = catalog.List([_folder.Path("repo", "src", "deep"), _folder.Path("empty"), _folder.Path("broken")]);

        listing.Marketplaces.Select(m => m.Marketplace.Name).Should().Equal("home-mk", "repo-mk", "added-mk");
        listing.Errors.Should().ContainSingle().Which.ManifestPath.Should().Be(_folder.Path("broken", ".agents", "plugins", "marketplace.json"));

        Directory.Delete(_folder.Path("added"), recursive: true);
        catalog.List([]).Errors.Should().ContainSingle().Which.Message.Should().Be(
            $"invalid marketplace file `{_folder.Path("added")}`: marketplace root does not contain a supported manifest");
    }

    [Fact]
    public async Task Installed_enabled_plugins_contribute_skill_roots_until_disabled_or_uninstalled()
    {
        var (catalog, installer, _, config) = Create();
        var manifest = Marketplace("m", "mk", "p", "q");

        var result = await installer.InstallAsync(manifest, "p", CancellationToken.None);

        result.Id.ToString().Should().Be("p@mk");
        catalog.EnabledSkillRoots().Should().ContainSingle().Which.Should().Be(new Core.Skills.PluginSkillRoot(Path.Combine(result.InstalledPath, "skills"), "p@mk", "p"));
        var marketplace = MarketplaceReader.Load(manifest);
        catalog.Describe(marketplace).Plugins.Select(p => (p.Entry.Name, p.Installed, p.Enabled)).Should().Equal(("p", true, true), ("q", false, false));

        await installer.UninstallAsync(new PluginId("p", "mk"), CancellationToken.None);
        catalog.EnabledSkillRoots().Should().BeEmpty();
        config.Enabled(new PluginId("p", "mk")).Should().BeNull("the config entry is removed");
    }

    [Fact]
    public async Task A_plugin_with_a_git_source_is_cloned_and_installed_without_its_git_folder()
    {
        var (_, installer, _, _) = Create();
        _folder.Write("repo/tools/p/.codex-plugin/plugin.json", """{"name": "p", "version": "3.0"}""");
        _folder.Write("repo/tools/p/README.md", "hi");
        Git(_folder.Path("repo"), "init", "-q");
        Git(_folder.Path("repo"), "add", "-A");
        Git(_folder.Path("repo"), "commit", "-qm", "init");
        var manifest = _folder.Write("m/.agents/plugins/marketplace.json", $$$"""
            {"name": "mk", "plugins": [{"name": "p", "source": {"source": "git-subdir", "url": "file://{{{_folder.Path("repo")}}}", "path": "tools/p"}}]}
            """);

        var result = await installer.InstallAsync(manifest, "p", CancellationToken.None);

        result.InstalledPath.Should().Be(_folder.Path("codex-home", "plugins", "cache", "mk", "p", "3.0"));
        File.ReadAllText(Path.Combine(result.InstalledPath, "README.md")).Should().Be("hi");
        Directory.Exists(Path.Combine(result.InstalledPath, ".git")).Should().BeFalse();
        Directory.EnumerateDirectories(_folder.Path("codex-home", "plugins", "cache")).Select(Path.GetFileName).Should().Equal("mk");
        Directory.EnumerateFileSystemEntries(_folder.Path("codex-home", "plugins", ".staging")).Should().BeEmpty("the clone is deleted");
    }

    private static void Git(string folder, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "user.email=t@example.com", "-c", "user.name=t" }.Concat(args))
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(psi)!;
        process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, errors);
    }

    [Fact]
    public async Task A_marketplace_name_can_only_be_added_from_one_source()
    {
        var (_, _, manager, _) = Create();
        Marketplace("one", "same", "a");
        Marketplace("two", "same", "b");

        (await manager.AddAsync(_folder.Path("one"), null, [], _folder.Root, CancellationToken.None)).AlreadyAdded.Should().BeFalse();
        (await manager.AddAsync("./one", null, [], _folder.Root, CancellationToken.None)).AlreadyAdded.Should().BeTrue();
        await FluentActions.Awaiting(() => manager.AddAsync(_folder.Path("two"), null, [], _folder.Root, CancellationToken.None))
            .Should().ThrowAsync<PluginRequestException>()
            .WithMessage($"marketplace 'same' is already added from a different source; remove it before adding {_folder.Path("two")}");
    }
}
