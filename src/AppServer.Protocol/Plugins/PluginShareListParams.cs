namespace AppServer.Protocol.Plugins;

/// <summary>Params of <c>plugin/share/list</c> (none).</summary>
public sealed class PluginShareListParams
{
}
