namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/uninstall</c> (empty).</summary>
public sealed class PluginUninstallResponse
{
}
