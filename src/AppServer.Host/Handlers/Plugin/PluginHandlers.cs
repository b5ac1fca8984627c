using AppServer.Config;
using AppServer.Core.Plugins;
using AppServer.Core.Skills;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Plugins;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>plugin/*</c> over local marketplaces (<see cref="PluginCatalog"/>, <see cref="PluginInstaller"/>). The remote
/// plugin catalog (<c>remoteMarketplaceName</c>, remote plugin ids, <c>plugin/skill/read</c>, <c>plugin/share/*</c>) needs the OpenAI
/// service, so those requests get the reference's "chatgpt authentication required" errors.
/// </summary>
internal sealed class PluginHandlers(PluginCatalog catalog, PluginInstaller installer, SkillsService skills) : IMethodHandlers
{
    private const string RemoteCatalogUnavailable = "chatgpt authentication required for remote plugin catalog";

    public void Register(HandlerMap map)
    {
        map.Add<PluginListParams, PluginListResponse>(PluginMethods.List, List);
        map.Add<PluginInstalledParams, PluginInstalledResponse>(PluginMethods.Installed, Installed);
        map.Add<PluginReadParams, PluginReadResponse>(PluginMethods.Read, Read);
        map.Add<PluginInstallParams, PluginInstallResponse>(PluginMethods.Install, Install);
        map.Add<PluginUninstallParams, PluginUninstallResponse>(PluginMethods.Uninstall, Uninstall);
        map.Add<PluginReconcileParams, PluginReconcileResponse>(PluginMethods.Reconcile, Reconcile);
        map.Add<PluginSkillReadParams, PluginSkillReadResponse>(PluginMethods.SkillRead, SkillRead);

        // Sharing publishes plugins through the OpenAI plugin service; there is no local equivalent.
        map.Add<PluginShareSaveParams, PluginShareSaveResponse>(PluginMethods.ShareSave, (_, _) => throw RemoteOnly("save remote plugin share"));
        map.Add<PluginShareUpdateTargetsParams, PluginShareUpdateTargetsResponse>(PluginMethods.ShareUpdateTargets, (_, _) => throw RemoteOnly("update remote plugin share targets"));
        map.Add<PluginShareListParams, PluginShareListResponse>(PluginMethods.ShareList, (_, _) => throw RemoteOnly("list remote plugin shares"));
        map.Add<PluginShareCheckoutParams, PluginShareCheckoutResponse>(PluginMethods.ShareCheckout, (_, _) => throw RemoteOnly("checkout plugin share"));
        map.Add<PluginShareDeleteParams, PluginShareDeleteResponse>(PluginMethods.ShareDelete, (_, _) => throw RemoteOnly("delete remote plugin share"));
    }

    private Task<PluginListResponse> List(PluginListParams request, RequestContext context)
    {
        // Only local marketplaces exist here; a filter without "local" asks for remote catalogs alone.
        if (request.MarketplaceKinds is { } kinds && !kinds.Contains(PluginListMarketplaceKind.Local))
        {
            return Task.FromResult(new PluginListResponse { Marketplaces = [] });
        }

        var listing = catalog.List(AbsoluteCwds(request.Cwds));
        return Task.FromResult(new PluginListResponse
        {
            Marketplaces = listing.Marketplaces.Select(m => PluginWire.Marketplace(m, m.Plugins)).ToList(),
            MarketplaceLoadErrors = LoadErrors(listing),
        });
    }

    private Task<PluginInstalledResponse> Installed(PluginInstalledParams request, RequestContext context)
    {
        var suggestions = request.InstallSuggestionPluginNames ?? [];
        var listing = catalog.List(AbsoluteCwds(request.Cwds));
        var marketplaces = listing.Marketplaces
            .Select(m => (View: m, Plugins: m.Plugins.Where(p => p.Installed || suggestions.Contains(p.Entry.Name)).ToList()))
            .Where(m => m.Plugins.Count > 0)
            .Select(m => PluginWire.Marketplace(m.View, m.Plugins))
            .ToList();
        return Task.FromResult(new PluginInstalledResponse { Marketplaces = marketplaces, MarketplaceLoadErrors = LoadErrors(listing) });
    }

    private Task<PluginReadResponse> Read(PluginReadParams request, RequestContext context)
    {
        var marketplacePath = LocalMarketplacePath("plugin/read", request.MarketplacePath, request.RemoteMarketplaceName, "read remote plugin details");
        var view = Guard(() =>
        {
            var marketplace = MarketplaceReader.Load(marketplacePath);
            return catalog.Describe(marketplace, PluginInstaller.Find(marketplace, request.PluginName));
        });
        if (view.Manifest is null && view.Entry.Source is LocalPluginSourceInfo)
        {
            throw new InvalidRequestException("missing or invalid plugin.json");
        }

        var pluginSkills = (view.Manifest?.SkillRoots ?? [])
            .SelectMany(root => SkillRootScanner.Scan(new SkillRoot(root, SkillScopeKind.User)).Skills)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => PluginWire.Skill(s with { Name = $"{view.Entry.Name}:{s.Name}" }))
            .ToList();
        return Task.FromResult(new PluginReadResponse
        {
            Plugin = new PluginDetail
            {
                MarketplaceName = view.Marketplace.Name,
                MarketplacePath = view.Marketplace.ManifestPath,
                Summary = PluginWire.Summary(view),
                Description = view.Manifest?.Description,
                Skills = pluginSkills,
                Hooks = [],
                Apps = [],
                AppTemplates = [],
                McpServers = view.Manifest?.McpServerNames ?? [],
            },
        });
    }

    private async Task<PluginInstallResponse> Install(PluginInstallParams request, RequestContext context)
    {
        var marketplacePath = LocalMarketplacePath("plugin/install", request.MarketplacePath, request.RemoteMarketplaceName, "read remote plugin details before install");
        PluginInstallResult result;
        try
        {
            result = await installer.InstallAsync(marketplacePath, request.PluginName, context.Cancellation).ConfigureAwait(false);
        }
        catch (PluginRequestException ex)
        {
            throw new InvalidRequestException(ex.Message);
        }

        skills.Invalidate(); // its skills now show in skills/list
        return new PluginInstallResponse { AuthPolicy = PluginWire.AuthPolicy(result.AuthPolicy), AppsNeedingAuth = [] };
    }

    private async Task<PluginUninstallResponse> Uninstall(PluginUninstallParams request, RequestContext context)
    {
        // Anything but name@marketplace is a remote plugin id, which only the remote catalog can resolve.
        var id = PluginId.TryParse(request.PluginId)
            ?? throw RemoteOnly("resolve remote plugin before uninstall");
        try
        {
            await installer.UninstallAsync(id, context.Cancellation).ConfigureAwait(false);
        }
        catch (PluginRequestException ex)
        {
            throw new InvalidRequestException(ex.Message);
        }

        skills.Invalidate();
        return new PluginUninstallResponse();
    }

    /// <summary>
    /// Reconciliation syncs remote-catalog plugin bundles with the local cache. Local installs are copied
    /// synchronously by <c>plugin/install</c>, so without the remote catalog there is never anything to report.
    /// </summary>
    private Task<PluginReconcileResponse> Reconcile(PluginReconcileParams request, RequestContext context)
        => Task.FromResult(new PluginReconcileResponse { ChangedPlugins = [], FailedRemotePluginIds = [], FailedMaterializationRemotePluginIds = [] });

    private Task<PluginSkillReadResponse> SkillRead(PluginSkillReadParams request, RequestContext context)
        => throw RemoteOnly("read remote plugin skill details");

    /// <summary>The reference's error for a remote-catalog operation without a ChatGPT login (which needs the OpenAI service).</summary>
    private static InvalidRequestException RemoteOnly(string action) => new($"{action}: {RemoteCatalogUnavailable}");

    /// <summary>The marketplace file of a read/install request: exactly one of a local path or a remote marketplace.</summary>
    private static string LocalMarketplacePath(string method, string? marketplacePath, string? remoteMarketplaceName, string remoteAction)
    {
        if ((marketplacePath is null) == (remoteMarketplaceName is null))
        {
            throw new InvalidRequestException($"{method} requires exactly one of marketplacePath or remoteMarketplaceName");
        }

        if (marketplacePath is null)
        {
            throw RemoteOnly(remoteAction);
        }

        return RequireAbsolute(marketplacePath);
    }

    private static IReadOnlyList<string> AbsoluteCwds(IReadOnlyList<string>? cwds)
        => cwds?.Select(RequireAbsolute).ToList() ?? [];

    private static string RequireAbsolute(string path)
        => Path.IsPathFullyQualified(path)
            ? Path.GetFullPath(path)
            : throw new InvalidRequestException("Invalid request: AbsolutePathBuf deserialized without a base path");

    private static IReadOnlyList<MarketplaceLoadErrorInfo> LoadErrors(MarketplaceListing listing)
        => listing.Errors.Select(e => new MarketplaceLoadErrorInfo { MarketplacePath = e.ManifestPath, Message = e.Message }).ToList();

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (PluginRequestException ex)
        {
            throw new InvalidRequestException(ex.Message);
        }
    }
}
