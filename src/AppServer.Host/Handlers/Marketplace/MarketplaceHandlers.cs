using AppServer.Config;
using AppServer.Core.Plugins;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Errors;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Plugins;

namespace AppServer.Host.Handlers;

/// <summary><c>marketplace/add</c>, <c>marketplace/remove</c> and <c>marketplace/upgrade</c> over <see cref="MarketplaceManager"/>.</summary>
internal sealed class MarketplaceHandlers(MarketplaceManager marketplaces, ConfigService config) : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<MarketplaceAddParams, MarketplaceAddResponse>(MarketplaceMethods.Add, Add);
        map.Add<MarketplaceRemoveParams, MarketplaceRemoveResponse>(MarketplaceMethods.Remove, Remove);
        map.Add<MarketplaceUpgradeParams, MarketplaceUpgradeResponse>(MarketplaceMethods.Upgrade, Upgrade);
    }

    private async Task<MarketplaceAddResponse> Add(MarketplaceAddParams request, RequestContext context)
    {
        // Relative local sources resolve against the server's working directory, like the reference's CLI.
        var result = await Guard(() => marketplaces.AddAsync(request.Source, request.RefName, request.SparsePaths ?? [], config.DefaultCwd, context.Cancellation)).ConfigureAwait(false);
        return new MarketplaceAddResponse { MarketplaceName = result.MarketplaceName, InstalledRoot = result.InstalledRoot, AlreadyAdded = result.AlreadyAdded };
    }

    private async Task<MarketplaceRemoveResponse> Remove(MarketplaceRemoveParams request, RequestContext context)
    {
        var result = await Guard(() => marketplaces.RemoveAsync(request.MarketplaceName, context.Cancellation)).ConfigureAwait(false);
        return new MarketplaceRemoveResponse { MarketplaceName = result.MarketplaceName, InstalledRoot = result.InstalledRoot };
    }

    private async Task<MarketplaceUpgradeResponse> Upgrade(MarketplaceUpgradeParams request, RequestContext context)
    {
        var result = await Guard(() => marketplaces.UpgradeAsync(request.MarketplaceName, context.Cancellation)).ConfigureAwait(false);
        return new MarketplaceUpgradeResponse
        {
            SelectedMarketplaces = result.Selected,
            UpgradedRoots = result.UpgradedRoots,
            Errors = result.Errors.Select(e => new MarketplaceUpgradeErrorInfo { MarketplaceName = e.MarketplaceName, Message = e.Message }).ToList(),
        };
    }

    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (PluginRequestException ex)
        {
            throw new InvalidRequestException(ex.Message);
        }
    }
}
