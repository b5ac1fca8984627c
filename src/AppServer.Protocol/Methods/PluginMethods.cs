using AppServer.Protocol.Plugins;

namespace AppServer.Protocol.Methods;

/// <summary>Plugins: listing, reading, installing and uninstalling them from marketplaces.</summary>
public static class PluginMethods
{
    /// <summary><c>plugin/list</c>.</summary>
    public static readonly MethodDescriptor List = MethodDescriptor.Create<PluginListParams, PluginListResponse>("plugin/list");

    /// <summary><c>plugin/installed</c>.</summary>
    public static readonly MethodDescriptor Installed = MethodDescriptor.Create<PluginInstalledParams, PluginInstalledResponse>("plugin/installed");

    /// <summary><c>plugin/read</c>.</summary>
    public static readonly MethodDescriptor Read = MethodDescriptor.Create<PluginReadParams, PluginReadResponse>("plugin/read");

    /// <summary><c>plugin/install</c>.</summary>
    public static readonly MethodDescriptor Install = MethodDescriptor.Create<PluginInstallParams, PluginInstallResponse>("plugin/install");

    /// <summary><c>plugin/uninstall</c>.</summary>
    public static readonly MethodDescriptor Uninstall = MethodDescriptor.Create<PluginUninstallParams, PluginUninstallResponse>("plugin/uninstall");

    /// <summary><c>plugin/reconcile</c>.</summary>
    public static readonly MethodDescriptor Reconcile = MethodDescriptor.Create<PluginReconcileParams, PluginReconcileResponse>("plugin/reconcile");

    /// <summary><c>plugin/skill/read</c>.</summary>
    public static readonly MethodDescriptor SkillRead = MethodDescriptor.Create<PluginSkillReadParams, PluginSkillReadResponse>("plugin/skill/read");

    /// <summary><c>plugin/share/save</c>.</summary>
    public static readonly MethodDescriptor ShareSave = MethodDescriptor.Create<PluginShareSaveParams, PluginShareSaveResponse>("plugin/share/save");

    /// <summary><c>plugin/share/updateTargets</c>.</summary>
    public static readonly MethodDescriptor ShareUpdateTargets = MethodDescriptor.Create<PluginShareUpdateTargetsParams, PluginShareUpdateTargetsResponse>("plugin/share/updateTargets");

    /// <summary><c>plugin/share/list</c>.</summary>
    public static readonly MethodDescriptor ShareList = MethodDescriptor.Create<PluginShareListParams, PluginShareListResponse>("plugin/share/list");

    /// <summary><c>plugin/share/checkout</c>.</summary>
    public static readonly MethodDescriptor ShareCheckout = MethodDescriptor.Create<PluginShareCheckoutParams, PluginShareCheckoutResponse>("plugin/share/checkout");

    /// <summary><c>plugin/share/delete</c>.</summary>
    public static readonly MethodDescriptor ShareDelete = MethodDescriptor.Create<PluginShareDeleteParams, PluginShareDeleteResponse>("plugin/share/delete");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } =
        [List, Installed, Read, Install, Uninstall, Reconcile, SkillRead, ShareSave, ShareUpdateTargets, ShareList, ShareCheckout, ShareDelete];
}
