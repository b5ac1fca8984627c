using AppServer.Core.Home;
using AppServer.Core.Skills;

namespace AppServer.Core.Plugins;

/// <summary>
/// Finds marketplaces and describes their plugins. Marketplaces come from, in order: the user's home
/// (<c>$HOME/.agents/plugins/marketplace.json</c>), each requested cwd (its own manifest, else its git
/// repository root's), and the ones recorded in config by <c>marketplace/add</c> (a local folder, or a git
/// checkout under <c>$CODEX_HOME/.tmp/marketplaces/NAME</c>). Marketplaces with no plugins are left out; one
/// that fails to load is reported as an error and never hides the others.
/// </summary>
public sealed class PluginCatalog(PluginConfig config, PluginStore store, CodexHome home, string? userHome)
{
    /// <summary>Where <c>marketplace/add</c> checks out git marketplaces.</summary>
    public string MarketplaceInstallRoot => home.Resolve(".tmp", "marketplaces");

    /// <summary>Lists the marketplaces visible from <paramref name="cwds"/> (absolute folders).</summary>
    public MarketplaceListing List(IReadOnlyList<string> cwds)
    {
        var marketplaces = new List<MarketplaceView>();
        var errors = new List<MarketplaceLoadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (manifest, root) in Discover(cwds))
        {
            if (manifest is null)
            {
                errors.Add(new MarketplaceLoadError(root, $"invalid marketplace file `{root}`: marketplace root does not contain a supported manifest"));
                continue;
            }

            if (!seen.Add(manifest))
            {
                continue;
            }

            try
            {
                var view = Describe(MarketplaceReader.Load(manifest));
                if (view.Plugins.Count > 0)
                {
                    marketplaces.Add(view);
                }
            }
            catch (Exception ex) when (ex is PluginRequestException or IOException or UnauthorizedAccessException)
            {
                errors.Add(new MarketplaceLoadError(manifest, ex.Message));
            }
        }

        return new MarketplaceListing(marketplaces, errors);
    }

    /// <summary>Every plugin of <paramref name="marketplace"/> with its manifest and install state.</summary>
    public MarketplaceView Describe(Marketplace marketplace)
    {
        var enabled = config.EnabledPlugins().Select(id => id.ToString()).ToHashSet(StringComparer.Ordinal); // one config read per marketplace
        return new(marketplace, marketplace.Plugins.Select(p => Describe(marketplace, p, enabled)).ToList());
    }

    /// <summary>One plugin of <paramref name="marketplace"/> with its manifest and install state.</summary>
    public PluginView Describe(Marketplace marketplace, MarketplacePlugin plugin)
        => Describe(marketplace, plugin, config.EnabledPlugins().Select(id => id.ToString()).ToHashSet(StringComparer.Ordinal));

    private PluginView Describe(Marketplace marketplace, MarketplacePlugin plugin, HashSet<string> enabledIds)
    {
        var id = new PluginId(plugin.Name, marketplace.Name);
        var manifest = plugin.Source is LocalPluginSourceInfo local ? PluginManifestReader.TryLoad(local.Path) : null;
        var installed = store.InstalledPath(id) is not null;
        return new PluginView(marketplace, plugin, manifest, installed, installed && enabledIds.Contains(id.ToString()));
    }

    /// <summary>The skill folders of every installed plugin that is enabled in config.</summary>
    public IReadOnlyList<PluginSkillRoot> EnabledSkillRoots()
    {
        var roots = new List<PluginSkillRoot>();
        foreach (var id in config.EnabledPlugins())
        {
            if (store.InstalledPath(id) is { } folder && PluginManifestReader.TryLoad(folder) is { } manifest)
            {
                roots.AddRange(manifest.SkillRoots.Select(r => new PluginSkillRoot(r, id.ToString(), id.PluginName)));
            }
        }

        return roots;
    }

    /// <summary>Manifest paths to load with the root they came from (a null manifest: a configured root without one).</summary>
    private IEnumerable<(string? Manifest, string Root)> Discover(IReadOnlyList<string> cwds)
    {
        if (!string.IsNullOrEmpty(userHome) && MarketplaceReader.FindManifest(userHome) is { } homeManifest)
        {
            yield return (homeManifest, userHome);
        }

        foreach (var cwd in cwds)
        {
            if (MarketplaceReader.FindManifest(cwd) is { } own)
            {
                yield return (own, cwd);
            }
            else if (GitRepoRoot(cwd) is { } repo && MarketplaceReader.FindManifest(repo) is { } repoManifest)
            {
                yield return (repoManifest, repo);
            }
        }

        foreach (var configured in config.Marketplaces())
        {
            var root = RootOf(configured);
            yield return (MarketplaceReader.FindManifest(root), root);
        }
    }

    /// <summary>The folder a configured marketplace lives in.</summary>
    public string RootOf(ConfiguredMarketplace marketplace)
        => marketplace.IsGit ? Path.Combine(MarketplaceInstallRoot, marketplace.Name) : marketplace.Source;

    private static string? GitRepoRoot(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir;
            }
        }

        return null;
    }
}
