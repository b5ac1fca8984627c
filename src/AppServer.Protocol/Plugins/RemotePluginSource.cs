namespace AppServer.Protocol.Plugins;

/// <summary>A plugin in the remote catalog (download details stay server-side).</summary>
public sealed class RemotePluginSource : PluginSource
{
}
