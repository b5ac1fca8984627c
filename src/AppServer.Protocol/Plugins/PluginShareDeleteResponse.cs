namespace AppServer.Protocol.Plugins;

/// <summary>Result of <c>plugin/share/delete</c> (empty).</summary>
public sealed class PluginShareDeleteResponse
{
}
