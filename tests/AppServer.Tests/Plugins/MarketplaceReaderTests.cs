using AppServer.Core.Plugins;

namespace AppServer.Tests.Plugins;

public sealed class MarketplaceReaderTests : IDisposable
{
    private readonly PluginTestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_entries_policies_and_sources_and_skips_invalid_ones()
    {
        var manifest = _folder.Write("m/.agents/plugins/marketplace.json", """
            {"name": "debug", "interface": {"displayName": "Debug"}, "plugins": [
              {"name": "a", "source": {"source": "local", "path": "./plugins/a"}, "category": "Dev"},
              {"name": "b", "source": "./plugins/b", "policy": {"installation": "NOT_AVAILABLE", "authentication": "ON_USE"}},
              {"name": "c", "source": {"source": "url", "url": "https://example.com/c.git", "ref": "v1"}},
              {"name": "up", "source": "../outside"},
              {"name": "bare", "source": "plugins/x"},
              {"name": "dots", "source": "./a/../../x"},
              {"name": "bad/name", "source": "./x"},
              {"name": "npm", "source": {"source": "npm", "package": "x"}},
              {"name": "policy", "source": "./x", "policy": {"installation": "SOMETIMES"}}
            ]}
            """);

        var marketplace = MarketplaceReader.Load(manifest);

        marketplace.Name.Should().Be("debug");
        marketplace.Root.Should().Be(_folder.Path("m"));
        marketplace.DisplayName.Should().Be("Debug");
        marketplace.Plugins.Select(p => p.Name).Should().Equal("a", "b", "c");
        marketplace.Plugins[0].Source.Should().Be(new LocalPluginSourceInfo(_folder.Path("m", "plugins", "a")));
        marketplace.Plugins[0].Category.Should().Be("Dev");
        marketplace.Plugins[0].InstallPolicy.Should().Be(PluginInstallPolicyKind.Available);
        marketplace.Plugins[1].InstallPolicy.Should().Be(PluginInstallPolicyKind.NotAvailable);
        marketplace.Plugins[1].AuthPolicy.Should().Be(PluginAuthPolicyKind.OnUse);
        marketplace.Plugins[2].Source.Should().Be(new GitPluginSourceInfo("https://example.com/c.git", null, "v1", null));
    }

    [Fact]
    public void Finds_claude_style_manifests_and_maps_them_to_their_root()
    {
        var manifest = _folder.Write("c/.claude-plugin/marketplace.json", """{"name": "claude", "plugins": []}""");

        MarketplaceReader.FindManifest(_folder.Path("c")).Should().Be(manifest);
        MarketplaceReader.Load(manifest).Root.Should().Be(_folder.Path("c"));
        MarketplaceReader.FindManifest(_folder.Path("nothing")).Should().BeNull();
    }

    [Fact]
    public void Broken_missing_or_misplaced_manifests_have_clear_errors()
    {
        var broken = _folder.Write("b/.agents/plugins/marketplace.json", "{\"name\": \"x\", plugins");
        var noPlugins = _folder.Write("n/.agents/plugins/marketplace.json", """{"name": "x"}""");
        var misplaced = _folder.Write("w/marketplace.json", """{"name": "x", "plugins": []}""");
        var missing = _folder.Path("gone", ".agents", "plugins", "marketplace.json");

        FluentActions.Invoking(() => MarketplaceReader.Load(broken)).Should().Throw<PluginRequestException>()
            .Which.Message.Should().StartWith($"invalid marketplace file `{broken}`: ");
        FluentActions.Invoking(() => MarketplaceReader.Load(noPlugins)).Should().Throw<PluginRequestException>()
            .WithMessage($"invalid marketplace file `{noPlugins}`: missing field `plugins`");
        FluentActions.Invoking(() => MarketplaceReader.Load(misplaced)).Should().Throw<PluginRequestException>()
            .WithMessage($"invalid marketplace file `{misplaced}`: marketplace file is not in a supported location");
        FluentActions.Invoking(() => MarketplaceReader.Load(missing)).Should().Throw<PluginRequestException>()
            .WithMessage($"marketplace file `{missing}` does not exist");
    }
}
