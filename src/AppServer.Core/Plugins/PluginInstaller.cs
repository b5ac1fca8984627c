namespace AppServer.Core.Plugins;

/// <summary>What <see cref="PluginInstaller.InstallAsync"/> did.</summary>
/// <param name="Id">The installed plugin.</param>
/// <param name="InstalledPath">Its folder in the install cache.</param>
/// <param name="AuthPolicy">The marketplace's authentication policy for it.</param>
public sealed record PluginInstallResult(PluginId Id, string InstalledPath, PluginAuthPolicyKind AuthPolicy);

/// <summary>
/// Installs marketplace plugins into the <see cref="PluginStore"/> and records them as enabled in config;
/// uninstalls remove both. Local plugin sources are copied; git sources are cloned with <see cref="GitCli"/>.
/// The marketplace file is read afresh each time, so edits to it apply at once.
/// </summary>
public sealed class PluginInstaller(PluginStore store, PluginConfig config, GitCli git)
{
    /// <summary>Installs <paramref name="pluginName"/> from the marketplace at <paramref name="marketplacePath"/>.</summary>
    /// <exception cref="PluginRequestException">Unknown marketplace or plugin, not installable, or a missing/broken <c>plugin.json</c>.</exception>
    public async Task<PluginInstallResult> InstallAsync(string marketplacePath, string pluginName, CancellationToken cancellationToken)
    {
        var marketplace = MarketplaceReader.Load(marketplacePath);
        var plugin = Find(marketplace, pluginName);
        if (plugin.InstallPolicy == PluginInstallPolicyKind.NotAvailable)
        {
            throw new PluginRequestException($"plugin `{pluginName}` is not available for install in marketplace `{marketplace.Name}`");
        }

        var id = new PluginId(plugin.Name, marketplace.Name);
        string installed;
        if (plugin.Source is LocalPluginSourceInfo local)
        {
            installed = InstallFrom(id, local.Path);
        }
        else
        {
            var source = (GitPluginSourceInfo)plugin.Source;
            // Cloned next to the cache (not inside it), so a half-done clone never looks like a marketplace folder.
            var checkout = Path.Combine(Path.GetDirectoryName(store.CacheRoot)!, ".staging", "git-" + Guid.NewGuid().ToString("N"));
            try
            {
                await git.CloneAsync(source.Url, source.Sha ?? source.RefName, [], checkout, cancellationToken).ConfigureAwait(false);
                var folder = source.Path is { } sub ? PluginManifestReader.Resolve(checkout, sub.StartsWith("./", StringComparison.Ordinal) ? sub : "./" + sub) : checkout;
                if (folder is null || !Directory.Exists(folder))
                {
                    throw new PluginRequestException($"plugin `{pluginName}` source path `{source.Path}` does not exist in {source.Url}");
                }

                installed = InstallFrom(id, folder, skipGitFolder: true);
            }
            finally
            {
                if (Directory.Exists(checkout))
                {
                    Directory.Delete(checkout, recursive: true);
                }
            }
        }

        await config.EnableAsync(id, cancellationToken).ConfigureAwait(false);
        return new PluginInstallResult(id, installed, plugin.AuthPolicy);
    }

    /// <summary>Removes <paramref name="id"/>'s installed files and config entry (nothing to remove is fine).</summary>
    public async Task UninstallAsync(PluginId id, CancellationToken cancellationToken)
    {
        store.Uninstall(id);
        await config.RemovePluginAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entry named <paramref name="pluginName"/> in <paramref name="marketplace"/>.</summary>
    /// <exception cref="PluginRequestException">There is no such entry.</exception>
    public static MarketplacePlugin Find(Marketplace marketplace, string pluginName)
        => marketplace.Plugins.FirstOrDefault(p => p.Name == pluginName)
           ?? throw new PluginRequestException($"plugin `{pluginName}` was not found in marketplace `{marketplace.Name}`");

    private string InstallFrom(PluginId id, string folder, bool skipGitFolder = false)
    {
        if (!Directory.Exists(folder))
        {
            throw new PluginRequestException("missing plugin.json");
        }

        var manifest = PluginManifestReader.Load(folder);
        var path = store.Install(id, folder, manifest.Version);
        var copiedGit = Path.Combine(path, ".git");
        if (skipGitFolder && Directory.Exists(copiedGit))
        {
            Directory.Delete(copiedGit, recursive: true);
        }

        return path;
    }
}
