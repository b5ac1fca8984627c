using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;
using AppServer.Protocol.Plugins;

namespace AppServer.Host.Handlers;

/// <summary>
/// <c>plugin/list</c> and <c>plugin/installed</c>. This server has no plugin marketplaces yet (no remote catalog,
/// no local marketplace folders), so both report none.
/// </summary>
internal sealed class PluginHandlers : IMethodHandlers
{
    public void Register(HandlerMap map)
    {
        map.Add<PluginListParams, PluginListResponse>(PluginMethods.List, (_, _) => Task.FromResult(new PluginListResponse { Marketplaces = [] }));
        map.Add<PluginInstalledParams, PluginInstalledResponse>(PluginMethods.Installed, (_, _) => Task.FromResult(new PluginInstalledResponse { Marketplaces = [] }));
    }
}
