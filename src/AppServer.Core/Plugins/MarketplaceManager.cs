using System.Text.Json;
using System.Text.Json.Nodes;

namespace AppServer.Core.Plugins;

/// <summary>What <c>marketplace/add</c> did.</summary>
public sealed record MarketplaceAddResult(string MarketplaceName, string InstalledRoot, bool AlreadyAdded);

/// <summary>What <c>marketplace/remove</c> did; <paramref name="InstalledRoot"/> is the deleted checkout, if any.</summary>
public sealed record MarketplaceRemoveResult(string MarketplaceName, string? InstalledRoot);

/// <summary>What <c>marketplace/upgrade</c> did: the marketplaces it looked at, the roots it replaced, and per-marketplace failures.</summary>
public sealed record MarketplaceUpgradeResult(IReadOnlyList<string> Selected, IReadOnlyList<string> UpgradedRoots, IReadOnlyList<(string MarketplaceName, string Message)> Errors);

/// <summary>
/// Adds, removes and upgrades the marketplaces recorded in the user config. A local folder is used in place
/// (only recorded); a git source is cloned into a staging folder, checked to hold a marketplace manifest, then
/// renamed to <c>$CODEX_HOME/.tmp/marketplaces/NAME</c> with an install record
/// (<c>.codex-marketplace-install.json</c>: source and revision). Upgrades compare that revision with the
/// remote's and swap in a fresh checkout when they differ. Operations are serialised.
/// </summary>
public sealed class MarketplaceManager(PluginCatalog catalog, PluginConfig config, GitCli git, string? userHome)
{
    /// <summary>The name of the official curated marketplace, which cannot be added by hand.</summary>
    public const string ReservedMarketplaceName = "openai-curated";

    private const string InstallRecordFile = ".codex-marketplace-install.json";
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Adds the marketplace at <paramref name="source"/> (see <see cref="MarketplaceSource.Parse"/>).</summary>
    public async Task<MarketplaceAddResult> AddAsync(string source, string? refName, IReadOnlyList<string> sparsePaths, string baseDirectory, CancellationToken cancellationToken)
    {
        var parsed = MarketplaceSource.Parse(source, refName, sparsePaths, baseDirectory, userHome);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var entry = parsed switch
            {
                LocalMarketplaceSource local => new ConfiguredMarketplace("", "local", local.Path, null, []),
                GitMarketplaceSource remote => new ConfiguredMarketplace("", "git", remote.Url, remote.RefName, remote.SparsePaths),
                _ => throw new InvalidOperationException("unknown marketplace source"),
            };
            var existing = config.Marketplaces().FirstOrDefault(m => SameSource(m, entry) && ValidName(catalog.RootOf(m)) is not null);
            if (existing is not null)
            {
                return new MarketplaceAddResult(existing.Name, catalog.RootOf(existing), AlreadyAdded: true);
            }

            return parsed is LocalMarketplaceSource localSource
                ? await AddLocalAsync(localSource, cancellationToken).ConfigureAwait(false)
                : await AddGitAsync((GitMarketplaceSource)parsed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Removes the marketplace named <paramref name="name"/> from config, deleting its checkout if the server made one.</summary>
    public async Task<MarketplaceRemoveResult> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var configured = config.Marketplaces().FirstOrDefault(m => m.Name == name);
            var checkout = PluginId.IsValidSegment(name) ? Path.Combine(catalog.MarketplaceInstallRoot, name) : null;
            var hasCheckout = checkout is not null && Directory.Exists(checkout);
            if (configured is null && !hasCheckout)
            {
                throw new PluginRequestException($"marketplace `{name}` is not configured or installed");
            }

            if (configured is not null)
            {
                await config.RemoveMarketplaceAsync(name, cancellationToken).ConfigureAwait(false);
            }

            if (hasCheckout)
            {
                Directory.Delete(checkout!, recursive: true);
            }

            return new MarketplaceRemoveResult(name, hasCheckout ? checkout : null);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Brings git marketplaces (one, or all when <paramref name="name"/> is null) up to date with their remotes.</summary>
    public async Task<MarketplaceUpgradeResult> UpgradeAsync(string? name, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var gitMarketplaces = config.Marketplaces().Where(m => m.IsGit).ToList();
            if (name is not null)
            {
                gitMarketplaces = gitMarketplaces.Where(m => m.Name == name).ToList();
                if (gitMarketplaces.Count == 0)
                {
                    throw new PluginRequestException($"marketplace `{name}` is not configured as a Git marketplace");
                }
            }

            var upgraded = new List<string>();
            var errors = new List<(string, string)>();
            foreach (var marketplace in gitMarketplaces)
            {
                try
                {
                    if (await UpgradeOneAsync(marketplace, cancellationToken).ConfigureAwait(false) is { } root)
                    {
                        upgraded.Add(root);
                    }
                }
                catch (Exception ex) when (ex is IOException or PluginRequestException or UnauthorizedAccessException)
                {
                    errors.Add((marketplace.Name, ex.Message));
                }
            }

            return new MarketplaceUpgradeResult(gitMarketplaces.Select(m => m.Name).ToList(), upgraded, errors);
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<MarketplaceAddResult> AddLocalAsync(LocalMarketplaceSource source, CancellationToken cancellationToken)
    {
        var name = RequireName(source.Path, source.Display);
        if (config.Marketplaces().Any(m => m.Name == name && ValidName(catalog.RootOf(m)) is not null))
        {
            throw AlreadyAddedElsewhere(name, source.Display);
        }

        await config.RecordMarketplaceAsync(new ConfiguredMarketplace(name, "local", source.Path, null, []), cancellationToken).ConfigureAwait(false);
        return new MarketplaceAddResult(name, source.Path, AlreadyAdded: false);
    }

    private async Task<MarketplaceAddResult> AddGitAsync(GitMarketplaceSource source, CancellationToken cancellationToken)
    {
        var staged = await CloneToStagingAsync(source.Url, source.RefName, source.SparsePaths, cancellationToken).ConfigureAwait(false);
        try
        {
            var name = RequireName(staged, source.Display);
            var destination = Path.Combine(catalog.MarketplaceInstallRoot, name);
            if (Directory.Exists(destination) || config.Marketplaces().Any(m => m.Name == name))
            {
                throw AlreadyAddedElsewhere(name, source.Display);
            }

            await WriteInstallRecordAsync(staged, source.Url, source.RefName, source.SparsePaths, cancellationToken).ConfigureAwait(false);
            Directory.Move(staged, destination);
            try
            {
                await config.RecordMarketplaceAsync(new ConfiguredMarketplace(name, "git", source.Url, source.RefName, source.SparsePaths), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Directory.Delete(destination, recursive: true); // not recorded: leave nothing behind
                throw;
            }

            return new MarketplaceAddResult(name, destination, AlreadyAdded: false);
        }
        finally
        {
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }
        }
    }

    /// <summary>Returns the replaced root, or null when the checkout already matched the remote.</summary>
    private async Task<string?> UpgradeOneAsync(ConfiguredMarketplace marketplace, CancellationToken cancellationToken)
    {
        var root = catalog.RootOf(marketplace);
        var remote = await git.RemoteRevisionAsync(marketplace.Source, marketplace.RefName, cancellationToken).ConfigureAwait(false);
        if (remote is not null && ReadInstalledRevision(root) == remote && ValidName(root) is not null)
        {
            return null;
        }

        var staged = await CloneToStagingAsync(marketplace.Source, marketplace.RefName, marketplace.SparsePaths, cancellationToken).ConfigureAwait(false);
        try
        {
            var name = RequireName(staged, marketplace.Source);
            if (name != marketplace.Name)
            {
                throw new PluginRequestException($"marketplace `{marketplace.Name}` now names itself `{name}`; remove it and add it again");
            }

            await WriteInstallRecordAsync(staged, marketplace.Source, marketplace.RefName, marketplace.SparsePaths, cancellationToken).ConfigureAwait(false);
            var old = Directory.Exists(root) ? Path.Combine(catalog.MarketplaceInstallRoot, ".staging", "old-" + Guid.NewGuid().ToString("N")) : null;
            if (old is not null)
            {
                Directory.Move(root, old);
            }

            Directory.Move(staged, root);
            if (old is not null)
            {
                Directory.Delete(old, recursive: true);
            }

            return root;
        }
        finally
        {
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }
        }
    }

    private async Task<string> CloneToStagingAsync(string url, string? refName, IReadOnlyList<string> sparsePaths, CancellationToken cancellationToken)
    {
        var staged = Path.Combine(catalog.MarketplaceInstallRoot, ".staging", "marketplace-add-" + Guid.NewGuid().ToString("N"));
        try
        {
            await git.CloneAsync(url, refName, sparsePaths, staged, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }

            throw;
        }

        return staged;
    }

    private async Task WriteInstallRecordAsync(string root, string url, string? refName, IReadOnlyList<string> sparsePaths, CancellationToken cancellationToken)
    {
        var record = new JsonObject
        {
            ["source_type"] = "git",
            ["source"] = url,
            ["ref_name"] = refName,
            ["sparse_paths"] = new JsonArray(sparsePaths.Select(p => (JsonNode?)p).ToArray()),
            ["revision"] = await git.HeadAsync(root, cancellationToken).ConfigureAwait(false),
        };
        await File.WriteAllTextAsync(Path.Combine(root, InstallRecordFile), record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
    }

    private static string? ReadInstalledRevision(string root)
    {
        try
        {
            return (JsonNode.Parse(File.ReadAllText(Path.Combine(root, InstallRecordFile)))?["revision"] as JsonValue)?.GetValue<string>();
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The marketplace name in <paramref name="root"/>'s manifest, checked to be addable.</summary>
    private static string RequireName(string root, string display)
    {
        var manifest = MarketplaceReader.FindManifest(root)
            ?? throw new PluginRequestException($"invalid marketplace file `{root}`: marketplace root does not contain a supported manifest");
        var name = MarketplaceReader.Load(manifest).Name;
        if (name == ReservedMarketplaceName)
        {
            throw new PluginRequestException($"marketplace '{ReservedMarketplaceName}' is reserved and cannot be added from {display}");
        }

        return name;
    }

    private static string? ValidName(string root)
    {
        try
        {
            return MarketplaceReader.FindManifest(root) is { } manifest ? MarketplaceReader.Load(manifest).Name : null;
        }
        catch (Exception ex) when (ex is PluginRequestException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool SameSource(ConfiguredMarketplace a, ConfiguredMarketplace b)
        => a.SourceType == b.SourceType && a.Source == b.Source && a.RefName == b.RefName && a.SparsePaths.SequenceEqual(b.SparsePaths);

    private static PluginRequestException AlreadyAddedElsewhere(string name, string display)
        => new($"marketplace '{name}' is already added from a different source; remove it before adding {display}");
}
