using AppServer.Protocol.Apps;

namespace AppServer.Protocol.Methods;

/// <summary>Apps (connectors), which need the OpenAI service.</summary>
public static class AppMethods
{
    /// <summary><c>app/list</c>.</summary>
    public static readonly MethodDescriptor List = MethodDescriptor.Create<AppsListParams, AppsListResponse>("app/list");

    /// <summary><c>app/read</c>.</summary>
    public static readonly MethodDescriptor Read = MethodDescriptor.Create<AppsReadParams, AppsReadResponse>("app/read");

    /// <summary><c>app/installed</c>.</summary>
    public static readonly MethodDescriptor Installed = MethodDescriptor.Create<AppsInstalledParams, AppsInstalledResponse>("app/installed");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [List, Read, Installed];
}
