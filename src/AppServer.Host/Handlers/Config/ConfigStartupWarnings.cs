using AppServer.Config;
using AppServer.Host.Dispatch;
using AppServer.Protocol.Methods;

namespace AppServer.Host.Handlers;

/// <summary>Sends the config problems found at load time as <c>configWarning</c> right after <c>initialize</c>, as the reference does.</summary>
internal sealed class ConfigStartupWarnings(ConfigService config) : IAfterInitialize
{
    public void OnInitialized(RequestContext context)
    {
        foreach (var warning in config.Load().Warnings)
        {
            context.Client.Notify(ConfigMethods.Warning, ConfigWireMapper.Warning(warning));
        }
    }
}
