using AppServer.Protocol.Plugins;

namespace AppServer.Protocol.Methods;

/// <summary>Plugin marketplaces recorded in the user config.</summary>
public static class MarketplaceMethods
{
    /// <summary><c>marketplace/add</c>.</summary>
    public static readonly MethodDescriptor Add = MethodDescriptor.Create<MarketplaceAddParams, MarketplaceAddResponse>("marketplace/add");

    /// <summary><c>marketplace/remove</c>.</summary>
    public static readonly MethodDescriptor Remove = MethodDescriptor.Create<MarketplaceRemoveParams, MarketplaceRemoveResponse>("marketplace/remove");

    /// <summary><c>marketplace/upgrade</c>.</summary>
    public static readonly MethodDescriptor Upgrade = MethodDescriptor.Create<MarketplaceUpgradeParams, MarketplaceUpgradeResponse>("marketplace/upgrade");

    /// <summary>The methods of this family.</summary>
    public static IReadOnlyList<MethodDescriptor> All { get; } = [Add, Remove, Upgrade];
}
