using AppServer.Protocol.Plugins;

namespace AppServer.Protocol.Methods;

/// <summary>Plugins and their marketplaces.</summary>
public static class PluginMethods
{
    /// <summary><c>plugin/list</c>.</summary>
    public static readonly MethodDescriptor List = MethodDescriptor.Create<PluginListParams, PluginListResponse>("plugin/list");

    /// <summary><c>plugin/installed</c>.</summary>
    public static readonly MethodDescriptor Installed = MethodDescriptor.Create<PluginInstalledParams, PluginInstalledResponse>("plugin/installed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [List, Installed];
}
